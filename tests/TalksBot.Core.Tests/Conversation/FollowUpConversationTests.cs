using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>Conversations of three to six turns through the router, on the seed article and on the
/// invented harbour article: follow-ups take the last answer's speaker, topic or statement; a question
/// that names its own subject is answered as if asked alone; context expires after the silence.</summary>
public sealed class FollowUpConversationTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ICommandRouter _router;
    private readonly ICommandRouter _harbour;

    public FollowUpConversationTests()
    {
        _router = TestCore.CreateRouter(time: _time);
        _harbour = TestCore.CreateRouter(Harbour, _time);
    }

    [Fact]
    public async Task SeedConversation_TopicThenNextThenStandalone()
    {
        var first = await AskAsync(_router, "c1", "what did kirby say about the withdrawal");
        Assert.Contains("repositioning", first.Citations[0].Quote, StringComparison.Ordinal);

        var kyiv = await AskAsync(_router, "c1", "what about Kyiv?");
        Assert.Equal("John Kirby", kyiv.Citations[0].Speaker);
        Assert.Contains("movement by some Russian units", kyiv.Citations[0].Quote, StringComparison.Ordinal);

        var next = await AskAsync(_router, "c1", "what did he say next");
        Assert.Equal("John Kirby", next.Citations[0].Speaker);
        Assert.Contains("repositioning", next.Citations[0].Quote, StringComparison.Ordinal);

        var donbas = await AskAsync(_router, "c1", "and then?");
        Assert.Contains("reprioritizing the Donbas", donbas.Citations[0].Quote, StringComparison.Ordinal);

        var standalone = await AskAsync(_router, "c1", "who proposed neutrality?");
        Assert.Equal((await AloneAsync(_router, "who proposed neutrality?")).Citations, standalone.Citations);
    }

    [Fact]
    public async Task SeedConversation_AnotherSpeakerKeepsTheTopic_WhyKeepsTheStatement()
    {
        var first = await AskAsync(_router, "c2", "what did Fomin say about Kyiv");
        Assert.Equal("Alexander Fomin", first.Citations[0].Speaker);

        var pentagon = await AskAsync(_router, "c2", "and the Pentagon?");
        Assert.Equal("John Kirby", pentagon.Citations[0].Speaker);
        Assert.Contains("Kyiv", pentagon.Citations[0].Quote, StringComparison.Ordinal);

        var medinsky = await AskAsync(_router, "c2", "what did Medinsky say about a ceasefire");
        Assert.Contains("not a ceasefire", medinsky.Citations[0].Quote, StringComparison.Ordinal);

        var more = await AskAsync(_router, "c2", "what else did he say");
        Assert.Equal("Vladimir Medinsky", more.Citations[0].Speaker);
        Assert.Contains("constructive step", more.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterWhoSaidIt_WhatElse_AsksWhomTheAnswerQuoted_NotWhomTheQuestionNamed()
    {
        var who = await AskAsync(_router, "c9", "who said russia was only repositioning");
        Assert.Equal("John Kirby", who.Citations[0].Speaker);

        var more = await AskAsync(_router, "c9", "what else");

        Assert.All(more.Citations, c => Assert.Equal("John Kirby", c.Speaker));
    }

    [Theory]
    [InlineData("what did he say right before that")]
    [InlineData("and earlier?")]
    public async Task RightBeforeThat_ShowsTheSpeakersStatementBeforeTheLastOneFirst(string followUp)
    {
        var who = await AskAsync(_router, "c10", "who said \"not a real withdrawal\"");
        Assert.Contains("not a real withdrawal", who.Citations[0].Quote, StringComparison.Ordinal);

        var before = await AskAsync(_router, "c10", followUp);

        Assert.Equal("John Kirby", before.Citations[0].Speaker);
        Assert.Contains("movement by some Russian units", before.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RightBeforeTheFirstOfTheirStatements_SaysTheArticleQuotesNothingEarlier()
    {
        var first = await AskAsync(_router, "c11", "what did kirby say about kyiv");
        Assert.Contains("movement by some Russian units", first.Citations[0].Quote, StringComparison.Ordinal);

        var before = await AskAsync(_router, "c11", "what did he say right before that");

        Assert.Equal(ReplyKind.NoAnswer, before.Kind);
        Assert.Empty(before.Citations);
    }

    [Fact]
    public async Task SeedConversation_TheyStandsForTheLastParty_AndMorePagesOn()
    {
        var first = await AskAsync(_router, "c3", "what did the Ukrainian delegation propose");
        Assert.Equal("The Ukrainian delegation", first.Citations[0].Speaker);

        var crimea = await AskAsync(_router, "c3", "what did they say about Crimea?");
        Assert.Contains("status of Crimea", crimea.Citations[0].Quote, StringComparison.Ordinal);

        var russia = await AskAsync(_router, "c3", "what did the russian side say");
        Assert.NotNull(russia.More);

        var page = await AskAsync(_router, "c3", "more");
        Assert.Equal(4, page.FirstCitationNumber);
        Assert.Empty(page.Citations.Intersect(russia.Citations));
    }

    [Theory]
    [InlineData("which outlet was that?")]
    [InlineData("when was that?")]
    public async Task ProvenanceAfterMore_IsAboutThePageJustShown(string followUp)
    {
        await AskAsync(_router, "c3p", "what did the russian side say");
        var page = await AskAsync(_router, "c3p", "more");
        Assert.Equal(4, page.FirstCitationNumber);

        var outlet = await AskAsync(_router, "c3p", followUp);
        Assert.Equal(page.Citations[0], outlet.Citations[0]);
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("and?")]
    [InlineData("ok more")]
    [InlineData("any more quotes?")]
    [InlineData("show me more please")]
    [InlineData("more from russia?")]
    public async Task TellMeMore_PagesTheLastAnswerLikeMore(string followUp)
    {
        var russia = await AskAsync(_router, "c3m", "what did the russian side say");
        Assert.NotNull(russia.More);

        var page = await AskAsync(_router, "c3m", followUp);
        Assert.Equal(4, page.FirstCitationNumber);
    }

    [Fact]
    public async Task FollowUpNamingOnlyARoleWord_GetsTheSpeakerOfThatRoleInTheSameStory()
    {
        await AskAsync(_router, "c4r", "what did Biden say");

        var role = await AskAsync(_router, "c4r", "and the spokesman?");

        Assert.Equal("John Kirby", role.Citations[0].Speaker);
        Assert.DoesNotContain("Joe Biden", role.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YesNoAboutAnActorTheLastStatementMentions_ShowsThatStatementAgain_WhenTheCoverageCannotAnswerItAlone()
    {
        var first = await AskAsync(_router, "c4m", "did ukraine say it would never join the eu");
        Assert.Contains("Russia would not oppose", first.Citations[0].Quote, StringComparison.Ordinal);

        var mentioned = await AskAsync(_router, "c4m", "so russia is happy with it?");

        Assert.Equal(first.Citations[0], mentioned.Citations[0]);
    }

    [Fact]
    public async Task FollowUpOnASpeakerWhoSaidNothingOnIt_GetsItsOwnTopic_SayingSo()
    {
        await AskAsync(_router, "c4", "what did Biden say");

        var donbas = await AskAsync(_router, "c4", "what about the Donbas?");

        Assert.StartsWith("The coverage doesn't quote Joe Biden on that.", donbas.Text, StringComparison.Ordinal);
        Assert.Equal((await AloneAsync(_router, "what about the Donbas?")).Citations, donbas.Citations);
        Assert.Contains("Donbas", donbas.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who proposed neutrality?")]
    [InlineData("what did Medinsky say about the talks")]
    [InlineData("what did Zelensky say about Russian shells")]
    [InlineData("what did Putin say?")]
    [InlineData("who is Podolyak")]
    [InlineData("what did the Ukrainian delegation say about Crimea")]
    public async Task QuestionThatNamesItsOwnSubject_IsAnsweredAsIfAskedAlone(string question)
    {
        await AskAsync(_router, "c5", "what did kirby say about the withdrawal");
        await AskAsync(_router, "c5", "what about Kyiv?");

        var inContext = await AskAsync(_router, "c5", question);
        var alone = await AloneAsync(_router, question);

        Assert.Equal(alone.Kind, inContext.Kind);
        Assert.Equal(alone.Citations, inContext.Citations);
    }

    [Fact]
    public async Task WithoutAConversationId_NothingIsInherited()
    {
        await AloneAsync(_router, "what did kirby say about the withdrawal");

        var followUp = await AloneAsync(_router, "what about Kyiv?");

        Assert.Equal((await AloneAsync(TestCore.CreateRouter(), "what about Kyiv?")).Citations, followUp.Citations);
    }

    [Fact]
    public async Task ContextExpiresAfterThirtyMinutesOfSilence()
    {
        await AskAsync(_router, "c6", "what did Medinsky say about a ceasefire");
        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("Vladimir Medinsky", (await AskAsync(_router, "c6", "why?")).Citations[0].Speaker);

        _time.Advance(TimeSpan.FromMinutes(31));
        var expired = await AskAsync(_router, "c6", "why?");

        Assert.Equal(ReplyKind.NoAnswer, expired.Kind);
        Assert.Equal((await AloneAsync(_router, "why?")).Kind, expired.Kind);
    }

    [Fact]
    public async Task HarbourConversation_FollowUpsKeepSpeakerAndTopic_StandaloneDoesNot()
    {
        var offer = await AskAsync(_harbour, "h1", "what did Hale offer?");
        Assert.Equal("Tomas Hale", offer.Citations[0].Speaker);

        var why = await AskAsync(_harbour, "h1", "why?");
        Assert.Equal("Tomas Hale", why.Citations[0].Speaker);

        var union = await AskAsync(_harbour, "h1", "and Brennick?");
        Assert.Equal("Ada Brennick", union.Citations[0].Speaker);

        var pay = await AskAsync(_harbour, "h1", "what did she say about pay");
        Assert.Contains("eight percent", pay.Citations[0].Quote, StringComparison.Ordinal);

        var mediator = await AskAsync(_harbour, "h1", "what did the mediator warn?");
        Assert.Equal((await AloneAsync(_harbour, "what did the mediator warn?")).Citations, mediator.Citations);
        Assert.Equal("Rosa Imre", mediator.Citations[0].Speaker);
    }

    [Fact]
    public async Task SeedConversation_HeAfterAWhoQuestion_WhoReportedThat_Thanks()
    {
        var led = await AskAsync(_router, "c7", "who led the russian delegation");
        Assert.Equal("Vladimir Medinsky", led.Citations[0].Speaker);

        var said = await AskAsync(_router, "c7", "what did he say");
        Assert.All(said.Citations.Take(2), c => Assert.Equal("Vladimir Medinsky", c.Speaker));

        var ukraine = await AskAsync(_router, "c7", "what did the ukrainian delegation propose about crimea");
        var reported = await AskAsync(_router, "c7", "which outlet reported it?");
        Assert.Equal(ukraine.Citations[0], reported.Citations[0]);
        Assert.Contains(ukraine.Citations[0].Source.Publisher, reported.Text, StringComparison.Ordinal);

        foreach (var thanks in new[] { "thanks!", "lol ok", "спасибо" })
        {
            var reply = await AskAsync(_router, "c7", thanks);
            Assert.Empty(reply.Citations);
        }
    }

    [Fact]
    public async Task SeedConversation_AQuestionTheCoverageCannotAnswerAlone_IsAskedAboutTheLastTopic()
    {
        await AskAsync(_router, "c8", "anything about crimea in the proposals?");
        Assert.False((await AloneAsync(_router, "how long?")).Citations.Count > 0);

        var howLong = await AskAsync(_router, "c8", "how long?");

        Assert.Contains("15-year consultation period", howLong.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedConversation_AnOutletNamedAlone_AsksForItsReportOfTheLastSpeaker()
    {
        var reuters = await AskAsync(_router, "c9", "what did medinsky say in reuters");
        Assert.Equal("Reuters", reuters.Citations[0].Via);

        var nyt = await AskAsync(_router, "c9", "and in the new york times version?");

        Assert.Equal("Vladimir Medinsky", nyt.Citations[0].Speaker);
        Assert.Equal("The New York Times", nyt.Citations[0].Via);
    }

    [Fact]
    public async Task NothingOfAConversationIsLoggedAtInformation()
    {
        var logger = new ListLogger<CommandRouter>();
        var router = TestCore.CreateRouter(time: _time, logger: logger);

        await AskAsync(router, "secret-thread-7", "what did kirby say about the withdrawal");
        await AskAsync(router, "secret-thread-7", "what about Kyiv?");

        var informative = logger.Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Information).Select(l => l.Message).ToList();
        Assert.NotEmpty(informative);
        Assert.All(informative, line => Assert.DoesNotContain("Kyiv", line, StringComparison.OrdinalIgnoreCase));
        Assert.All(informative, line => Assert.DoesNotContain("secret-thread-7", line, StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Debug && l.Message.Contains("John Kirby say about Kyiv", StringComparison.Ordinal));
    }
}
