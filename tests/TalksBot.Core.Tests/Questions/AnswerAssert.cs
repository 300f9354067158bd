using TalksBot.Core.Query;

namespace TalksBot.Core.Tests.Questions;

/// <summary>What a user checks in an answer: that there is one, who is quoted first and what they said.
/// Expected speakers and phrases may list alternatives separated by '|' where the article supports
/// more than one first citation equally well.</summary>
internal static class AnswerAssert
{
    public static Answer Answered(string question, string speakers, string phrases)
    {
        var answer = Bot.Engine.Ask(question);

        Assert.True(answer.Answered && answer.Citations.Count > 0, $"expected an answer. {Describe(question, answer)}");
        var first = answer.Citations[0];
        Assert.True(
            Alternatives(speakers).Contains(first.Speaker, StringComparer.Ordinal),
            $"expected first speaker {speakers}. {Describe(question, answer)}");
        Assert.True(
            Alternatives(phrases).Any(p => first.Quote.Contains(p, StringComparison.Ordinal)),
            $"expected the first quote to contain {phrases}. {Describe(question, answer)}");
        return answer;
    }

    public static Answer Abstained(string question)
    {
        var answer = Bot.Engine.Ask(question);

        Assert.False(answer.Answered, $"expected an abstention. {Describe(question, answer)}");
        Assert.Empty(answer.Citations);
        return answer;
    }

    public static IEnumerable<string> Alternatives(string expected) =>
        expected.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Describe(string question, Answer answer)
    {
        var first = answer.Citations.Count > 0
            ? $"first citation: {answer.Citations[0].Speaker} «{answer.Citations[0].Quote}»"
            : "no citations";
        return $"Question «{question}» → answered={answer.Answered}, {first}; text: {answer.Text}";
    }
}
