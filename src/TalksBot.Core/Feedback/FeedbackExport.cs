using System.Text.Json;
using System.Text.Json.Serialization;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Feedback;

/// <summary>Rated questions as cases in the question-set form <c>{"q","kind","who","says","top"}</c>,
/// worst first. A question mostly 👎 becomes a development case from its latest 👎: "should not have
/// answered" → an abstention; otherwise an answer whose expected speaker and words are left for a
/// developer to fill in. A question mostly 👍 becomes a regression case: the answer as given (its
/// first cited statement's speaker and verbatim quote, from the current data) or the abstention.</summary>
public static class FeedbackExport
{
    public static IEnumerable<string> Lines(FeedbackReport report, KnowledgeBase knowledge)
    {
        var lookup = StatementLookup.Of(knowledge);
        foreach (var question in report.Questions)
        {
            var bad = question.Down > question.Up;
            var latest = question.Votes.Last(v => v.Vote == (bad ? Vote.Down : Vote.Up));
            var text = latest.Question!;
            var line = (bad, latest) switch
            {
                (true, { Reason: FeedbackReason.ShouldNotHaveAnswered }) => Abstain(text),
                (true, _) => new QuestionCase(text, "answer", [], [], Top: true),
                (false, { Answered: false }) => Abstain(text),
                _ => AsAnswered(text, latest.Statements.Select(lookup.Find).FirstOrDefault(s => s is not null)),
            };
            yield return JsonSerializer.Serialize(line, QuestionCaseJsonContext.Default.QuestionCase);
        }
    }

    private static QuestionCase Abstain(string question) => new(question, "abstain", [], [], Top: false);

    private static QuestionCase AsAnswered(string question, Index.IndexedStatement? first) => first is null
        ? new QuestionCase(question, "answer", [], [], Top: true)
        : new QuestionCase(question, "answer", [first.Citation.Speaker], [first.Citation.Quote], Top: true);
}

/// <summary>One line of a question set.</summary>
internal sealed record QuestionCase(
    [property: JsonPropertyName("q")] string Q,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("who")] IReadOnlyList<string> Who,
    [property: JsonPropertyName("says")] IReadOnlyList<string> Says,
    [property: JsonPropertyName("top")] bool Top);

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(QuestionCase))]
internal sealed partial class QuestionCaseJsonContext : JsonSerializerContext;
