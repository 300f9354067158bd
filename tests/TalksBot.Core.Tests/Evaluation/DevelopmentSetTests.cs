using System.Globalization;
using TalksBot.Core.Chat;
using TalksBot.Core.Evaluation;
using TalksBot.TestKit;
using Xunit.Abstractions;

namespace TalksBot.Core.Tests.Evaluation;

/// <summary>The labelled development questions (Evaluation/dev, three writers, chat styles, typos, other
/// scripts, rambling messages, near misses, small talk, summaries and comparisons) asked through the
/// router, lexically as these tests run: the figures are printed, and each set must stay at or above
/// the floor it reached when the fitted decision landed, with every citation verbatim.</summary>
public sealed class DevelopmentSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("chat-typos-scripts-rambling.jsonl", 0.82, 0.80)]
    [InlineData("conversation-nearmiss.jsonl", 0.89, 0.86)]
    [InlineData("first-blind-set.jsonl", 0.96, 0.78)]
    public async Task DevelopmentSet_StaysAtItsFloor_AndEveryCitationIsVerbatim(string file, double answeredFloor, double declinedFloor)
    {
        using var reader = File.OpenText(Path.Combine(RepositoryPaths.Root, "tests", "TalksBot.Core.Tests", "Evaluation", "dev", file));
        var questions = QuestionSet.Read(reader);
        var router = TestCore.CreateRouter();

        var outcomes = new List<EvalOutcome>();
        foreach (var question in questions)
        {
            outcomes.Add(ReplyScorer.Score(question, await router.RouteAsync(new ChatMessage(question.Question, "test")), TestCore.Knowledge));
        }

        var summary = EvalSummary.Of(outcomes);
        output.WriteLine($"{file}: {summary}");
        foreach (var miss in outcomes.Where(o => !o.Right))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"miss [{miss.Question.Kind}] {miss.Question.Question}"));
        }

        Assert.Equal(summary.Replies, summary.VerbatimReplies);
        Assert.True(summary.AnsweredShare >= answeredFloor, summary.ToString());
        Assert.True(summary.DeclinedShare >= declinedFloor, summary.ToString());
    }
}
