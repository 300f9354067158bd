using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>Follow-ups about the last statement itself ("but?", "why?", "on what condition", "which cities",
/// "was he serious"), about where it came from ("who said that first"), another side on the same thing, and
/// "anything else from him" once everything was shown: on the seed article and on the invented harbour article.</summary>
public sealed class FollowUpStatementTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter(time: new FakeTimeProvider());
    private readonly ICommandRouter _harbour = TestCore.CreateRouter(Harbour, new FakeTimeProvider());

    [Fact]
    public async Task Seed_ButAfterAStatement_ShowsWhatTheSpeakerAddedAfterThatBut()
    {
        var kyiv = await AskAsync(_router, "s1", "what did kirby say about kyiv");
        Assert.Contains("movement by some Russian units", kyiv.Citations[0].Quote, StringComparison.Ordinal);

        var but = await AskAsync(_router, "s1", "but?");

        Assert.Equal("John Kirby", but.Citations[0].Speaker);
        Assert.Contains("repositioning", but.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_WhatAboutWordsOfAShownStatement_ShowsThatStatementThenWhatItsSpeakerSaidNext()
    {
        var ceasefire = await AskAsync(_router, "s9", "what did Medinsky say about a ceasefire");
        Assert.Contains("not a ceasefire", ceasefire.Citations[0].Quote, StringComparison.Ordinal);

        var aspiration = await AskAsync(_router, "s9", "what aspiration?");
        Assert.Equal(ceasefire.Citations[0], aspiration.Citations[0]);
        Assert.Contains(aspiration.Citations.Skip(1), c => c.Quote.Contains("constructive step", StringComparison.Ordinal));

        await AskAsync(_router, "s9", "what did Kirby say about the withdrawal");
        var breath = await AskAsync(_router, "s9", "what same breath");
        Assert.Contains("in the same breath", breath.Citations[0].Quote, StringComparison.Ordinal);

        // A question that names a topic of the data is its own, even with words of the statement just shown.
        await AskAsync(_router, "s9", "what did the Ukrainian delegation say about Crimea");
        var crimea = await AskAsync(_router, "s9", "which outlet reported the 15-year crimea consultation");
        Assert.Equal((await AloneAsync(_router, "which outlet reported the 15-year crimea consultation")).Citations, crimea.Citations);
    }

    [Fact]
    public async Task Seed_WordsOfTheShownStatementBeforeHeMentioned_AreWhatWasSaid_NotWhoSaidIt()
    {
        var why = await AskAsync(_router, "s11", "why is russia cutting back near chernihiv");
        Assert.Equal("Alexander Fomin", why.Citations[0].Speaker);

        var goal = await AskAsync(_router, "s11", "what’s the ultimate goal he mentioned");

        Assert.Equal(ReplyKind.Answer, goal.Kind);
        Assert.Contains("the ultimate goal of reaching an agreement", goal.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_BareHowMany_AfterAStatementGivingAnAmount_ShowsItAgain_ExactlyIsDeclined()
    {
        var units = await AskAsync(_router, "s12", "kirby on the russian units near kyiv?");
        Assert.Contains("small numbers", units.Citations[0].Quote, StringComparison.Ordinal);

        var howMany = await AskAsync(_router, "s12", "how many?");
        Assert.Equal(ReplyKind.Answer, howMany.Kind);
        Assert.Equal(units.Citations[0], howMany.Citations[0]);

        var exactly = await AskAsync(_router, "s12", "how many exactly?");
        Assert.Equal(ReplyKind.NoAnswer, exactly.Kind);
    }

    [Fact]
    public async Task Seed_WhatElseWasInThatSpeech_ShowsTheSpeakersOtherStatementsOfThatArticle_NotShownFirst()
    {
        var signals = await AskAsync(_router, "s13", "did zelensky trust the signals from the talks");
        Assert.Contains("signals we are receiving", signals.Citations[0].Quote, StringComparison.Ordinal);

        var rest = await AskAsync(_router, "s13", "what else did he say in that speech");

        Assert.Equal(ReplyKind.Answer, rest.Kind);
        Assert.All(rest.Citations, c => Assert.Equal(signals.Citations[0].Source.ArticleId, c.Source.ArticleId));
        Assert.All(rest.Citations, c => Assert.Equal("Volodymyr Zelensky", c.Speaker));
        Assert.DoesNotContain(signals.Citations[0], rest.Citations);
        Assert.Contains(rest.Citations, c => c.Quote.Contains("not lowering its defenses", StringComparison.Ordinal));
        Assert.Contains(rest.Citations, c => c.Quote.Contains("not reducing our defensive efforts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_ADetailTheShownStatementsDoNotHold_IsDeclined_AYesNoAboutThemIsNot()
    {
        var kyiv = await AskAsync(_router, "s10", "what did kirby say about troops leaving kyiv");
        Assert.Contains("small numbers", kyiv.Citations[0].Quote, StringComparison.Ordinal);

        var real = await AskAsync(_router, "s10", "so its a real withdrawal then?");
        Assert.Contains("not a real withdrawal", real.Citations[0].Quote, StringComparison.Ordinal);

        var howMany = await AskAsync(_router, "s10", "how many troops exactly tho");
        Assert.Equal(ReplyKind.NoAnswer, howMany.Kind);
        Assert.Empty(howMany.Citations);
        // Alone, "how many" is answered by the vague amount; "exactly" asks a number the coverage does not give.
        Assert.NotEmpty((await AloneAsync(_router, "how many troops tho")).Citations);
        Assert.Empty((await AloneAsync(_router, "how many troops exactly tho")).Citations);
    }

    [Theory]
    [InlineData("did ukraine propose a referendum", "and how many votes would it need")]
    [InlineData("did ukraine propose a referendum", "and what majority would need to vote for it")]
    [InlineData("did ukraine offer to be neutral", "did the new york times say how moscow reacted to that")]
    [InlineData("did ukraine offer to be neutral", "did the nyt say whether russia accepted that")]
    [InlineData("did ukraine propose a referendum", "did reuters say whether crimea would be handed back")]
    public async Task Seed_ADetailAfterACueOrFromAnotherSpeaker_ThatOnlyRepeatsAShownStatement_IsDeclined(string first, string detail)
    {
        Assert.NotEmpty((await AskAsync(_router, "s11", first)).Citations);

        var reply = await AskAsync(_router, "s11", detail);

        Assert.Equal(ReplyTexts.NothingMoreShown, reply.Text);
        Assert.Empty(reply.Citations);
        Assert.NotEmpty((await AloneAsync(_router, detail)).Citations);
    }

    [Fact]
    public async Task Seed_WhichCities_IsAnsweredByTheStatementThatNamesThem_ThenWhoSaidThatFirst()
    {
        var fomin = await AskAsync(_router, "s2", "what did the deputy defense minister announce");
        Assert.Equal("Alexander Fomin", fomin.Citations[0].Speaker);

        var cities = await AskAsync(_router, "s2", "which cities?");
        Assert.Equal(fomin.Citations[0], cities.Citations[0]);

        var first = await AskAsync(_router, "s2", "who said that first?");
        Assert.Equal(fomin.Citations[0], first.Citations[0]);
        Assert.StartsWith("That was Alexander Fomin", first.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("so?")]
    [InlineData("so what?")]
    [InlineData("meaning?")]
    public async Task Seed_So_AfterAStatement_ShowsWhatFollowsFromIt(string followUp)
    {
        var army = await AskAsync(_router, "s15", "what does the russian army still have per zelensky");
        Assert.Equal("Volodymyr Zelensky", army.Citations[0].Speaker);

        var so = await AskAsync(_router, "s15", followUp);

        Assert.Equal(ReplyKind.Answer, so.Kind);
        Assert.Contains("Therefore we are not reducing our defensive efforts", so.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_NoIMeant_AsksTheLastQuestionOfTheOneNowNamed_OrTheLastSpeakerOnTheThingNowNamed()
    {
        await AskAsync(_router, "s16", "did both sides call the talks constructive");
        var medinsky = await AskAsync(_router, "s16", "no i meant the russian head of delegation");
        Assert.Equal("Vladimir Medinsky", medinsky.Citations[0].Speaker);
        Assert.Contains("constructive", medinsky.Citations[0].Quote, StringComparison.Ordinal);

        await AskAsync(_router, "s17", "what did the ukrainian delegation propose");
        var crimea = await AskAsync(_router, "s17", "sorry, i meant crimea");
        Assert.Equal("The Ukrainian delegation", crimea.Citations[0].Speaker);
        Assert.Contains("Crimea", crimea.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_AShortQuestionOfAWordTheCoverageLacks_IsNotAnsweredByTheLastTopic()
    {
        await AskAsync(_router, "s18", "what did kirby say about kyiv");

        var victims = await AskAsync(_router, "s18", "who were the victims");

        Assert.Equal(ReplyKind.NoAnswer, victims.Kind);
        Assert.Empty(victims.Citations);
    }

    [Theory]
    [InlineData("via what outlet")]
    [InlineData("via which paper?")]
    public async Task Seed_ViaWhatOutlet_AsksTheLastStatementsProvenance(string followUp)
    {
        var goal = await AskAsync(_router, "s14", "what's the ultimate goal fomin mentioned");
        Assert.Equal("Alexander Fomin", goal.Citations[0].Speaker);

        var outlet = await AskAsync(_router, "s14", followUp);

        Assert.StartsWith("That was Alexander Fomin, reported via ABC News,", outlet.Text, StringComparison.Ordinal);
        Assert.Equal(goal.Citations[0], outlet.Citations[0]);
    }

    /// <summary>A longer why of pronouns and saying asks the reason of the last statement, and so does a why that points
    /// back with a pronoun even with a topic word of the data or a word past the coverage's day ("now"); a reflexive that
    /// only stresses the topic ("the negotiations themselves") is no topic word.</summary>
    [Theory]
    [InlineData("what did fomin announce", "why did they say they were doing that", "Alexander Fomin", "in order to")]
    [InlineData("how did zelensky see the russian army", "why does that slow the talks", "Volodymyr Zelensky", "Therefore")]
    [InlineData("how did zelensky see the russian army", "why can't they slow it now", "Volodymyr Zelensky", "Therefore")]
    [InlineData("how did zelensky see the russian army", "what about the negotiations themselves", "Volodymyr Zelensky", "from the talks")]
    public async Task Seed_ALongerFollowUpAboutTheLastStatement_KeepsTheSpeaker(string first, string followUp, string speaker, string holds)
    {
        Assert.Equal(speaker, (await AskAsync(_router, "s13", first)).Citations[0].Speaker);

        var reply = await AskAsync(_router, "s13", followUp);

        Assert.Equal(speaker, reply.Citations[0].Speaker);
        Assert.Contains(holds, reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    /// <summary>A follow-up kept on the conversation's speaker or topic shows a person's own words before the article's
    /// account of them in the same paragraph ("Zelensky said that Ukraine was not lowering its defenses").</summary>
    [Theory]
    [InlineData("what did biden say", "what about zelensky")]
    [InlineData("did zelensky say russia could still attack", "so defenses stay up?")]
    public async Task Seed_AFollowUpOnASpeaker_ShowsTheirOwnWordsBeforeTheArticlesAccount(string first, string followUp)
    {
        await AskAsync(_router, "s15", first);

        var reply = await AskAsync(_router, "s15", followUp);

        Assert.Equal("Volodymyr Zelensky", reply.Citations[0].Speaker);
        Assert.Equal(Knowledge.StatementKind.DirectQuote, reply.Citations[0].Kind);
    }

    [Theory]
    [InlineData("what is his title")]
    [InlineData("and what was his role then")]
    [InlineData("which paper quoted him")]
    public async Task Seed_HisRoleOrOutlet_ShowsTheLastStatementWithWhoSaidIt(string question)
    {
        var medinsky = await AskAsync(_router, "s12", "how did medinsky describe the talks");
        Assert.Equal("Vladimir Medinsky", medinsky.Citations[0].Speaker);

        var role = await AskAsync(_router, "s12", question);

        Assert.Equal(medinsky.Citations[0], role.Citations[0]);
        Assert.StartsWith("That was Vladimir Medinsky", role.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_AnotherSide_GetsItsMembersOnTheSameThing_AndAYesNoAboutHimShowsHisWords()
    {
        var medinsky = await AskAsync(_router, "s3", "how did medinsky describe the talks");
        Assert.Contains("constructive step", medinsky.Citations[0].Quote, StringComparison.Ordinal);

        var ukraine = await AskAsync(_router, "s3", "what about ukraine?");
        Assert.Equal("Mykhailo Podolyak", ukraine.Citations[0].Speaker);

        var serious = await AskAsync(_router, "s3", "was he serious?");
        Assert.Equal(ukraine.Citations[0], serious.Citations[0]);
    }

    [Fact]
    public async Task Seed_AnythingElseOnceAllWasShown_PutsWhatWasReadLast()
    {
        var podolyak = await AskAsync(_router, "s4", "what did podolyak say");
        Assert.Equal(2, podolyak.Citations.Count);

        var more = await AskAsync(_router, "s4", "anything else from him?");
        Assert.Equal("Mykhailo Podolyak", more.Citations[0].Speaker);
        Assert.NotEqual(podolyak.Citations[0], more.Citations[0]);
    }

    [Theory]
    [InlineData("more")]
    [InlineData("anything else from him?")]
    public async Task Seed_MoreOfASpeakerWithNothingLeftUnshown_StaysWithThatSpeaker(string more)
    {
        var biden = await AskAsync(_router, "s14", "how did biden react");
        Assert.Equal("Joe Biden", biden.Citations[0].Speaker);
        Assert.Null(biden.More);

        var reply = await AskAsync(_router, "s14", more);

        Assert.Equal("Joe Biden", reply.Citations[0].Speaker);
    }

    [Fact]
    public async Task Seed_AFollowUpAboutAfterTheCoverage_IsNotAnsweredFromTheLastTopic()
    {
        var referendum = await AskAsync(_router, "s5", "what did the ukrainians say about a referendum");
        Assert.Contains("referendum", referendum.Citations[0].Quote, StringComparison.Ordinal);

        var now = await AskAsync(_router, "s5", "is that happening now?");

        Assert.Empty(now.Citations);
    }

    [Fact]
    public async Task Harbour_OnWhatCondition_AndWhy_FindTheWordsThatAnswerThem()
    {
        var brennick = await AskAsync(_harbour, "h1", "what did Brennick call the offer");
        Assert.Contains("an insult", brennick.Citations[0].Quote, StringComparison.Ordinal);

        var condition = await AskAsync(_harbour, "h1", "on what condition?");
        Assert.Contains("unless pay rose", condition.Citations[0].Quote, StringComparison.Ordinal);

        var hale = await AskAsync(_harbour, "h2", "what did the port director offer");
        Assert.Contains("four percent", hale.Citations[0].Quote, StringComparison.Ordinal);

        var why = await AskAsync(_harbour, "h2", "why?");
        Assert.Contains("no one loses a job", why.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harbour_TheOtherSide_IsAskedAboutTheSameThing_AQuestionNamingItsOwnSubjectIsUnchanged()
    {
        var union = await AskAsync(_harbour, "h3", "what did the union leader say about pay");
        Assert.Equal("Ada Brennick", union.Citations[0].Speaker);

        var port = await AskAsync(_harbour, "h3", "and the port?");
        Assert.Equal("Tomas Hale", port.Citations[0].Speaker);
        Assert.Contains("four percent", port.Citations[0].Quote, StringComparison.Ordinal);

        var mediator = await AskAsync(_harbour, "h3", "what did the mediator warn about a strike?");
        Assert.Equal((await AloneAsync(_harbour, "what did the mediator warn about a strike?")).Citations, mediator.Citations);
    }

    [Fact]
    public async Task Harbour_DidAnotherSpeakerAgree_ShowsTheirWordsOnTheSameMatter()
    {
        var imre = await AskAsync(_harbour, "h4", "what did the mediator warn");
        Assert.Equal("Rosa Imre", imre.Citations[0].Speaker);

        var agree = await AskAsync(_harbour, "h4", "did Brennick agree?");

        Assert.Equal("Ada Brennick", agree.Citations[0].Speaker);
        Assert.Contains("walk out", agree.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where was he when he said that")]
    [InlineData("where did he say it")]
    [InlineData("what channel was he on")]
    [InlineData("on what app")]
    public async Task Seed_WhereWasHe_ShowsTheArticlesWordsOnWhereTheStatementWasMade(string where)
    {
        var kyiv = await AskAsync(_router, "s20", "what did kirby say about the troops");
        Assert.Equal("John Kirby", kyiv.Citations[0].Speaker);

        var reply = await AskAsync(_router, "s20", where);

        Assert.Contains("“Pentagon spokesman John Kirby said at a briefing Tuesday”", reply.Text, StringComparison.Ordinal);
        Assert.Equal("John Kirby", reply.Citations[0].Speaker);
        Assert.Equal(8, reply.Citations[0].Paragraph);
    }

    [Fact]
    public async Task Harbour_WhereWasShe_WhenNoWordsSayWhere_SaysWhoAndWhichOutlet_AndAQuestionOfItsOwnStaysItsOwn()
    {
        await AskAsync(_harbour, "h20", "what did the port director offer");
        var where = await AskAsync(_harbour, "h20", "where was he when he said that");
        Assert.StartsWith("That was Tomas Hale", where.Text, StringComparison.Ordinal);

        var talks = await AskAsync(_harbour, "h20", "where were the talks held");
        Assert.Equal((await AloneAsync(_harbour, "where were the talks held")).Citations, talks.Citations);
    }

    [Theory]
    [InlineData("is there a date")]
    [InlineData("has a date been set?")]
    public async Task Ferry_IsThereADate_ShowsWhatTheSpeakerSaidOfADate_EvenJustBeforeTheStatementShown(string date)
    {
        var ferry = TestCore.CreateRouter(Ferry, new FakeTimeProvider());
        var host = await AskAsync(ferry, "f1", "what did saar say about hosting the delegations");
        Assert.Equal("gladly host both delegations in Kessa.", host.Citations[0].Quote);

        var reply = await AskAsync(ferry, "f1", date);

        Assert.Equal("no date has been fixed yet.", reply.Citations[0].Quote);
    }

    [Theory]
    [InlineData("says who")]
    [InlineData("via who?")]
    [InlineData("according to whom")]
    public async Task Seed_SaysWho_ShowsWhoTheLastStatementIsFrom(string source)
    {
        var ceasefire = await AskAsync(_router, "s21", "was there a ceasefire");
        Assert.NotEmpty(ceasefire.Citations);

        var reply = await AskAsync(_router, "s21", source);

        Assert.StartsWith($"That was {ceasefire.Citations[0].Speaker}", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ceasefire.Citations[0], reply.Citations[0]);
    }

    [Theory]
    [InlineData("about what")]
    [InlineData("on what?")]
    public async Task Seed_AboutWhat_ShowsTheLastStatementAgainThenWhatItsSpeakerSaidNext(string about)
    {
        var shown = await AskAsync(_router, "s22", "what did kirby say about the withdrawal");

        var reply = await AskAsync(_router, "s22", about);

        Assert.Equal(shown.Citations[0], reply.Citations[0]);
        Assert.All(reply.Citations.Take(2), c => Assert.Equal("John Kirby", c.Speaker));
    }

    [Fact]
    public async Task Seed_AnyCaveats_ShowsWhatTheSpeakerAddedAgainstIt()
    {
        var constructive = await AskAsync(_router, "s23", "what did podolyak say about the russian delegation");
        Assert.Contains("constructive", constructive.Citations[0].Quote, StringComparison.Ordinal);

        var caveats = await AskAsync(_router, "s23", "any caveats?");

        Assert.Contains("difficult", caveats.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_WhatWouldThatInclude_ShowsTheSpeakersWordsOnWhatItIncludes()
    {
        var guarantees = await AskAsync(_router, "s24", "what security guarantees does ukraine want");
        Assert.Equal("The Ukrainian delegation", guarantees.Citations[0].Speaker);

        var include = await AskAsync(_router, "s24", "what would that include");

        Assert.Equal("The Ukrainian delegation", include.Citations[0].Speaker);
        Assert.Contains("includ", include.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was that kirby or biden")]
    [InlineData("biden or kirby?")]
    public async Task Seed_WasThatOneOrTheOther_ShowsWhoTheLastStatementIsFrom(string which)
    {
        var donbas = await AskAsync(_router, "s25", "what did the us say about russia focusing on eastern ukraine");
        Assert.Equal("John Kirby", donbas.Citations[0].Speaker);

        var reply = await AskAsync(_router, "s25", which);

        Assert.StartsWith("That was John Kirby", reply.Text, StringComparison.Ordinal);
        Assert.Equal(donbas.Citations[0], reply.Citations[0]);
    }

    [Theory]
    [InlineData("so what does russia want")]
    [InlineData("what does russia want then")]
    public async Task Seed_GoingOnWithTheLastSpeakersParty_AsksThatSpeaker_ButThePartyAloneAsksTheParty(string party)
    {
        var talks = await AskAsync(_router, "s26", "what did medinsky say about the talks");
        Assert.Equal("Vladimir Medinsky", talks.Citations[0].Speaker);

        var reply = await AskAsync(_router, "s26", party);

        Assert.Equal("Vladimir Medinsky", reply.Citations[0].Speaker);
        var alone = await AskAsync(_router, "s26", "what does russia want");
        Assert.Equal((await AloneAsync(_router, "what does russia want")).Citations, alone.Citations);
    }

    [Theory]
    [InlineData("what did kirby say about the troops", "is that a direct quote?", "(their own words, quoted)")]
    [InlineData("what did the ukrainian delegation say about crimea", "are those their exact words", "(the article's account of what they said, not a direct quote)")]
    public async Task Seed_IsThatADirectQuote_SaysWhetherTheLastStatementQuotesItsSpeaker(string question, string quoted, string kind)
    {
        var shown = await AskAsync(_router, "s27" + kind.Length, question);

        var reply = await AskAsync(_router, "s27" + kind.Length, quoted);

        Assert.Equal(shown.Citations[0], reply.Citations[0]);
        Assert.EndsWith(kind + ".", reply.Text, StringComparison.Ordinal);
    }
}
