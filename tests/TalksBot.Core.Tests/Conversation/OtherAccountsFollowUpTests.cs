using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"who else said that?" shows other speakers on the last statement; "how did the other paper put it?" shows the
/// last speaker as another outlet reported them; a question of its own with "other" is asked as alone.</summary>
public sealed class OtherAccountsFollowUpTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter();

    [Theory]
    [InlineData("what did biden say about russia", "Joe Biden", "who else said that?")]
    [InlineData("what did kirby say about the withdrawal", "John Kirby", "anyone else say so?")]
    [InlineData("what did kirby say about the withdrawal", "John Kirby", "any other reactions?")]
    [InlineData("what did kirby say about the withdrawal", "John Kirby", "was he the only one?")]
    public async Task WhoElse_ShowsOtherSpeakersOnTheLastStatement(string question, string speaker, string followUp)
    {
        var first = await AskAsync(_router, "o1", question);
        Assert.Equal(speaker, first.Citations[0].Speaker);

        var others = await AskAsync(_router, "o1", followUp);
        Assert.Equal(ReplyKind.Answer, others.Kind);
        Assert.DoesNotContain(others.Citations, c => c.Speaker == speaker);
    }

    [Fact]
    public async Task AnyoneElseAgain_LeavesOutTheStatementsTheConversationWasAbout()
    {
        var first = await AskAsync(_router, "o7", "what did biden say about russia");
        var others = await AskAsync(_router, "o7", "who else said that?");
        var again = await AskAsync(_router, "o7", "anyone else?");
        Assert.DoesNotContain(again.Citations, c => c == first.Citations[0] || c == others.Citations[0]);
    }

    [Fact]
    public async Task WhoSaidItFirst_WhenTheCoverageHoldsTheWordFirst_ShowsTheLastStatementsProvenance()
    {
        var border = TestCore.CreateRouter(ConversationTestKit.Border);
        var first = await AskAsync(border, "o8", "what did ostrom say about tariffs");
        Assert.Equal("Karl Ostrom", first.Citations[0].Speaker);

        var who = await AskAsync(border, "o8", "who said it first");
        Assert.Equal(first.Citations[0], who.Citations[0]);
    }

    [Fact]
    public async Task WhoElse_WhenNoOneElseIsQuotedOnIt_SaysSo()
    {
        var border = TestCore.CreateRouter(ConversationTestKit.Border);
        var first = await AskAsync(border, "o6", "what did vell say about the ferries");
        Assert.Equal("as soon as the harbours agree.", first.Citations[0].Quote);

        var others = await AskAsync(border, "o6", "who else said that?");
        Assert.Equal(ReplyKind.NoAnswer, others.Kind);
        Assert.Equal(Core.Conversation.OtherAccounts.NoOneElse, others.Text);
    }

    [Theory]
    [InlineData("how did the other paper put it?")]
    [InlineData("in the other outlet?")]
    public async Task OtherOutlet_ShowsTheSameSpeakerReportedThroughAnotherOutlet(string followUp)
    {
        var first = await AskAsync(_router, "o2", "what did medinsky say about the talks");
        Assert.Equal("Vladimir Medinsky", first.Citations[0].Speaker);

        var other = await AskAsync(_router, "o2", followUp);
        Assert.Equal("Vladimir Medinsky", other.Citations[0].Speaker);
        Assert.NotEqual(first.Citations[0].Via, other.Citations[0].Via);
    }

    [Fact]
    public async Task WhichOutlet_StillShowsTheLastStatementsProvenance()
    {
        var first = await AskAsync(_router, "o3", "what did medinsky say about the talks");
        var outlet = await AskAsync(_router, "o3", "which outlet was that?");
        Assert.Equal(first.Citations[0], outlet.Citations[0]);
    }

    [Theory]
    [InlineData("date?")]
    [InlineData("when")]
    [InlineData("what was the source")]
    [InlineData("link?")]
    [InlineData("who said it first")]
    public async Task ProvenanceInFewWords_ShowsTheLastStatementsProvenance(string followUp)
    {
        var first = await AskAsync(_router, "o5", "what did zelensky say about the signals");
        var date = await AskAsync(_router, "o5", followUp);
        Assert.Equal(first.Citations[0], date.Citations[0]);
        Assert.Contains("29 March 2022", date.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherWithATopicOfItsOwn_IsAskedAsAlone()
    {
        await AskAsync(_router, "o4", "what did medinsky say about the talks");
        var own = await AskAsync(_router, "o4", "which other countries could be guarantors?");
        Assert.Equal((await AloneAsync(_router, "which other countries could be guarantors?")).Citations, own.Citations);
    }
}
