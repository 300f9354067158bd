using System.Text.Json;
using TalksBot.Core.Evaluation;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Feedback;

/// <summary>Rated questions as cases in the question-set form <c>{"q","kind","who","says","top"}</c>
/// (<see cref="EvalQuestion"/>, what the <c>eval</c> verb reads),
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
                (true, _) => new EvalQuestion(text, "answer", [], [], Top: true),
                (false, { Answered: false }) => Abstain(text),
                _ => AsAnswered(text, latest.Statements.Select(lookup.Find).FirstOrDefault(s => s is not null)),
            };
            yield return JsonSerializer.Serialize(line, EvalJsonContext.Default.EvalQuestion);
        }
    }

    private static EvalQuestion Abstain(string question) => new(question, "abstain", [], [], Top: false);

    private static EvalQuestion AsAnswered(string question, Index.IndexedStatement? first) => first is null
        ? new EvalQuestion(question, "answer", [], [], Top: true)
        : new EvalQuestion(question, "answer", [first.Citation.Speaker], [first.Citation.Quote], Top: true);
}
