using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>A side named by a word the data quotes no one as ("did the norlanders agree?", on an invented article whose
/// actors carry no affiliation) gets the statements on the last topic of those whose role names that country or its seat.</summary>
public sealed class PartySwitchFollowUpTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter(Border);
    private readonly ICommandRouter _seed = TestCore.CreateRouter();

    [Fact]
    public async Task WhatDidASideThink_ShowsEachOfItsMembersOnTheLastStatement()
    {
        var first = await AskAsync(_seed, "p3", "what did medinsky say about a ceasefire");
        Assert.Contains("not a ceasefire", first.Citations[0].Quote, StringComparison.Ordinal);

        var us = await AskAsync(_seed, "p3", "what did the us think");
        Assert.Contains(us.Citations, c => c.Speaker == "U.S. officials");
        Assert.Contains(us.Citations, c => c.Quote.Contains("repositioning, not a real withdrawal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did the norlanders agree?")]
    [InlineData("and the norlanders?")]
    [InlineData("how did the norlanders react?")]
    [InlineData("how did oslin respond?")]
    public async Task PartyWord_GetsThatSidesStatementsOnTheLastTopic(string followUp)
    {
        var first = await AskAsync(_router, "p1", "what did vell say about tariffs");
        Assert.Equal("Ilse Vell", first.Citations[0].Speaker);

        var side = await AskAsync(_router, "p1", followUp);
        Assert.Equal(ReplyKind.Answer, side.Kind);
        Assert.Equal(["Karl Ostrom", "Jon Dahl"], side.Citations.Select(c => c.Speaker).Order().Reverse());
    }

    [Fact]
    public async Task AQuotedSideThenATopic_AsksThatSideAboutIt()
    {
        var ukrainians = await AskAsync(_seed, "p13", "what did the ukrainians say about the russian delegation");
        Assert.Equal("Mykhailo Podolyak", ukrainians.Citations[0].Speaker);

        var russians = await AskAsync(_seed, "p13", "and the russians about the talks?");

        Assert.Equal(ReplyKind.Answer, russians.Kind);
        Assert.Contains(russians.Citations[0].Speaker, new[] { "Russia", "Alexander Fomin", "Vladimir Medinsky" });
    }

    [Theory]
    [InlineData("what did the other side say")]
    [InlineData("and the opposing camp?")]
    public async Task TheOtherSide_IsTheCountryOtherThanTheLastSpeakers(string followUp)
    {
        var first = await AskAsync(_router, "p7", "what did vell say about tariffs");
        Assert.Equal("Ilse Vell", first.Citations[0].Speaker);

        var other = await AskAsync(_router, "p7", followUp);
        Assert.Equal(ReplyKind.Answer, other.Kind);
        Assert.Equal(["Karl Ostrom", "Jon Dahl"], other.Citations.Select(c => c.Speaker).Order().Reverse());

        await AskAsync(_seed, "p8", "medinsky not a ceasefire quote");
        var ukraine = await AskAsync(_seed, "p8", followUp);
        Assert.Contains(ukraine.Citations[0].Speaker, new[] { "The Ukrainian delegation", "Volodymyr Zelensky", "Mykhailo Podolyak" });
    }

    [Fact]
    public async Task WhatDidTheRussianSideSay_AfterBothSidesOnATopic_IsThatSideOnIt_AndTheOtherSideThen()
    {
        var both = await AskAsync(_seed, "p11", "did both sides call the talks constructive");
        Assert.Contains("constructive", both.Citations[0].Quote, StringComparison.Ordinal);

        var russian = await AskAsync(_seed, "p11", "what did the russian side say");
        Assert.Equal("a constructive step in the search for a compromise", russian.Citations[0].Quote);

        var ukrainian = await AskAsync(_seed, "p11", "and the ukrainian?");
        Assert.Equal("The Russian delegation is constructive", ukrainian.Citations[0].Quote);
    }

    [Theory]
    [InlineData("who responded to that?")]
    [InlineData("who reacted to it")]
    [InlineData("did anyone believe her?")]
    [InlineData("did anybody buy it")]
    public async Task WhoRespondedToThat_IsOtherSpeakersOnIt_NotOfTheLastSpeakersCountry(string followUp)
    {
        var first = await AskAsync(_router, "p10", "what did vell say about tariffs");
        Assert.Equal("Ilse Vell", first.Citations[0].Speaker);

        var responses = await AskAsync(_router, "p10", followUp);

        Assert.Equal(ReplyKind.Answer, responses.Kind);
        Assert.Equal(["Karl Ostrom", "Jon Dahl"], responses.Citations.Select(c => c.Speaker).Order().Reverse());
    }

    [Fact]
    public async Task TheOtherSide_OfADisputingStatement_IsTheSideItDisputes()
    {
        var kirby = await AskAsync(_seed, "p9", "hey what did the pentagon spokesman say tuesday");
        Assert.Contains("not a real withdrawal", kirby.Citations[0].Quote, StringComparison.Ordinal);

        var other = await AskAsync(_seed, "p9", "what did the other side say");

        Assert.Equal(ReplyKind.Answer, other.Kind);
        Assert.All(other.Citations, c => Assert.Contains(c.Speaker, new[] { "Russia", "Alexander Fomin", "Vladimir Medinsky" }));
    }

    [Theory]
    [InlineData("what was he responding to")]
    [InlineData("in response to what?")]
    public async Task WhatWasHeRespondingTo_ShowsWhatHisStatementDisputes(string followUp)
    {
        var kirby = await AskAsync(_seed, "p12", "how many russian units moved away from kyiv");
        Assert.Equal("John Kirby", kirby.Citations[0].Speaker);

        var answered = await AskAsync(_seed, "p12", followUp);

        Assert.Equal(ReplyKind.Answer, answered.Kind);
        Assert.Contains(answered.Citations[0].Speaker, new[] { "Russia", "Alexander Fomin" });
    }

    [Theory]
    [InlineData("did anyone disagree")]
    [InlineData("any pushback?")]
    [InlineData("was that disputed")]
    public async Task DidAnyoneDisagree_ShowsTheStatementsDisputingTheLastOne(string followUp)
    {
        var fomin = await AskAsync(_seed, "p10", "what did fomin announce");
        Assert.Equal("Alexander Fomin", fomin.Citations[0].Speaker);

        var disagree = await AskAsync(_seed, "p10", followUp);

        Assert.Equal(ReplyKind.Answer, disagree.Kind);
        Assert.All(disagree.Citations, c => Assert.Contains(c.Speaker, new[] { "John Kirby", "U.S. officials", "Joe Biden" }));
    }

    [Fact]
    public async Task SeatsReaction_AsksTheGovernmentAndThoseWhoseRoleSaysItsCountry()
    {
        await AskAsync(_router, "p4", "what did ostrom say about tariffs");
        var reaction = await AskAsync(_router, "p4", "and sudby's reaction?");
        Assert.Equal(["Ilse Vell", "Sudmark"], reaction.Citations.Select(c => c.Speaker).Distinct().Order());
    }

    [Fact]
    public async Task KremlinsReaction_OnTheSeedArticle_GetsTheRussianSide()
    {
        await AskAsync(_seed, "p5", "what did the ukrainian delegation propose");
        var reaction = await AskAsync(_seed, "p5", "and the kremlin's reaction?");
        Assert.Equal(ReplyKind.Answer, reaction.Kind);
        Assert.Contains(reaction.Citations[0].Speaker, new[] { "Russia", "Vladimir Medinsky", "Alexander Fomin", "The Russian delegation" });
    }

    [Fact]
    public async Task PartyWord_WhenNoOneOfThatSideIsQuotedOnIt_SaysSo()
    {
        var first = await AskAsync(_router, "p6", "who said win back the river trade");
        Assert.Equal("win back the river trade.", first.Citations[0].Quote);

        var side = await AskAsync(_router, "p6", "and the norlanders?");
        Assert.Equal(ReplyKind.NoAnswer, side.Kind);
        Assert.Equal(Core.Conversation.OtherAccounts.NotThatSide, side.Text);
    }

    [Fact]
    public async Task PartyWordWithATopicOfItsOwn_IsAskedAsAlone()
    {
        await AskAsync(_router, "p2", "what did vell say about tariffs");
        var own = await AskAsync(_router, "p2", "what did the norlanders say about the ferries");
        Assert.Equal((await AloneAsync(_router, "what did the norlanders say about the ferries")).Citations, own.Citations);
    }
}
