using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>A summary asked about something ("tl;dr on the ceasefire") sums up the statements on it.</summary>
public sealed class TopicSummaryTests
{
    private static readonly IQueryEngine Seed = TestCore.CreateEngine();

    [Fact]
    public void SummaryOfATopic_LeadsWithAStatementOnIt()
    {
        var answer = Seed.Ask("tl;dr on the ceasefire");
        var whole = Seed.Ask("tl;dr");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("In short", answer.Text, StringComparison.Ordinal);
        Assert.Contains("ceasefire", answer.Citations[0].Quote, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(whole.Citations.Select(c => c.Quote), answer.Citations.Select(c => c.Quote));
    }

    [Theory]
    [InlineData("tl;dr of the istanbul talks?")]
    [InlineData("summarize the article in 3 bullets")]
    public void SummaryOfTheEventAsAWhole_IsASummary(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("In short", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Citations.Select(c => c.Speaker).Distinct().Count() >= 2, answer.Text);
    }

    [Theory]
    [InlineData("summary of the last 24h pls")]
    [InlineData("tl;dr in 2 lines")]
    [InlineData("quick recap, latest first")]
    public void WordsOfTheRepliesShapeOrTime_AreNoTopic(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Seed.Ask("tl;dr").Citations.Select(c => c.Quote), answer.Citations.Select(c => c.Quote));
    }

    [Fact]
    public void SummaryOfSomethingTheCoverageLacks_IsDeclined()
    {
        Assert.False(Seed.Ask("tl;dr of the borscht festival").Answered);
    }
}
