using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>The engine knows nothing of the Istanbul talks: on an invented article about a harbour
/// labour dispute, with its own vocabulary, it answers and abstains the same way.</summary>
public sealed class OtherEventTests
{
    private static readonly IQueryEngine Engine =
        TestCore.CreateEngine(KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour"), TimeProvider.System));

    [Theory]
    [InlineData("who threatened to walk out", "Ada Brennick", "walk out on Monday")]
    [InlineData("what did the port director offer", "Tomas Hale", "four percent rise")]
    [InlineData("who proposed automated cranes?", "Tomas Hale", "automated cranes")]
    [InlineData("what did brenick say", "Ada Brennick", "an insult to every family")]
    [InlineData("where did they meet", "The Coastal Ledger", "Old Customs House")]
    [InlineData("what would a stoppage do to exports", "Rosa Imre", "grain exports")]
    [InlineData("will anyone lose their job because of the robots", "Tomas Hale", "no one loses a job")]
    public void Answers_WithTheRightCitationFirst(string question, string speaker, string phrase)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
        Assert.Contains(phrase, answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal("The Coastal Ledger", answer.Citations[0].Source.Publisher);
    }

    [Fact]
    public void DisputedOffer_ShowsBothSides()
    {
        var answer = Engine.Ask("what did the port offer the union on pay");

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Speaker == "Tomas Hale");
        Assert.Contains(answer.Citations, c => c.Speaker == "Ada Brennick");
    }

    [Theory]
    [InlineData("what did the mayor say about parking")]
    [InlineData("who won the regatta")]
    [InlineData("what did Putin say")]
    public void Abstains_WhenTheArticleDoesNotSay(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains("Ada Brennick", answer.Text, StringComparison.Ordinal);
    }
}
