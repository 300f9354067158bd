using System.Globalization;
using TalksBot.Core.Evaluation;
using TalksBot.TestKit;
using Xunit.Abstractions;

namespace TalksBot.Core.Tests.Evaluation;

/// <summary>Conversation lines of a question set, and the development conversations (Evaluation/dev/
/// conversations.jsonl) asked through the router: follow-up turns stay at their floor and no turn that
/// names its own subject is changed by the conversation.</summary>
public sealed class ConversationSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_MixedSet_SeparatesQuestionsAndConversations()
    {
        var set = EvalSet.Read(new StringReader(
            """
            {"q":"who proposed neutrality","kind":"answer"}
            {"turns":[{"q":"what did kirby say","kind":"answer","follow_up":false},{"q":"why?","kind":"abstain","follow_up":true}]}
            """));

        Assert.Single(set.Questions);
        var turns = Assert.Single(set.Conversations).Turns;
        Assert.Equal([false, true], turns.Select(t => t.FollowUp));
        Assert.False(turns[1].ShouldAnswer);
    }

    [Theory]
    [InlineData("""{"turns":[]}""")]
    [InlineData("""{"turns":[{"q":"why?","kind":"maybe"}]}""")]
    [InlineData("""{"turns":[{"kind":"answer"}]}""")]
    public void Read_BadConversation_IsRefusedWithItsLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => EvalSet.Read(new StringReader("{\"q\":\"a\",\"kind\":\"answer\"}\n" + line)));

        Assert.StartsWith("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentConversations_FollowUpsAtTheirFloor_OwnSubjectsUnchanged_Verbatim()
    {
        using var reader = File.OpenText(Path.Combine(RepositoryPaths.Root, "tests", "TalksBot.Core.Tests", "Evaluation", "dev", "conversations.jsonl"));
        var set = EvalSet.Read(reader);
        var router = TestCore.CreateRouter();

        var conversations = new List<IReadOnlyList<TurnOutcome>>();
        foreach (var conversation in set.Conversations)
        {
            conversations.Add(await ConversationRunner.RunAsync(router, conversation, TestCore.Knowledge, "test"));
        }

        var summary = ConversationSummary.Of(conversations);
        output.WriteLine(summary.ToString());
        foreach (var miss in conversations.SelectMany(c => c).Where(t => !t.Outcome.Right || t.ChangedByContext))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"miss [{miss.Turn.Kind}, follow-up {miss.Turn.FollowUp}] {miss.Turn.Question}"));
        }

        Assert.True(set.Conversations.Count >= 20);
        Assert.True(summary.FollowUpShare >= 0.9, summary.ToString());
        Assert.Equal(0, summary.ChangedByContext);
        Assert.All(conversations.SelectMany(c => c), t => Assert.True(t.Outcome.Verbatim));
    }
}
