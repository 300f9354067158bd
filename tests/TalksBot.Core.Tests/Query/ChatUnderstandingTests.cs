using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Questions typed the way people chat: small talk, filler and slang, names in other
/// scripts and romanisations, slips of the fingers, and questions about the coverage as a whole.
/// Asked of the seed article and of the invented harbour article alike.</summary>
public sealed class ChatUnderstandingTests
{
    private static readonly IQueryEngine Seed = TestCore.CreateEngine();

    private static readonly IQueryEngine Harbour =
        TestCore.CreateEngine(KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour"), TimeProvider.System));

    [Theory]
    [InlineData("thanks!")]
    [InlineData("cool.")]
    [InlineData("hey, can you hear me?")]
    [InlineData("👍")]
    [InlineData("lol ok")]
    [InlineData("good bot")]
    [InlineData("bye")]
    [InlineData("how are you")]
    [InlineData("how r u today?")]
    [InlineData("what can you do")]
    [InlineData("how's it going?")]
    [InlineData("whats up")]
    [InlineData("ty that helps a lot")]
    public void SmallTalk_GetsAFriendlyReplyAndNoCitation(string message)
    {
        var answer = Seed.Ask(message);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains("Ask me about the coverage", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tell me a joke")]
    public void OrdinaryWordNearADataWord_IsNotReadAsIt(string message)
    {
        var answer = Seed.Ask(message);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void SmallTalkBeforeAQuestion_TheQuestionIsAnswered()
    {
        var answer = Seed.Ask("thanks! and who proposed neutrality?");

        Assert.True(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("ur a bot right?")]
    [InlineData("is this a bot?")]
    [InlineData("are you real")]
    [InlineData("r u human")]
    [InlineData("who made you")]
    public void AskingWhatTheBotIs_SaysItIsABotAndCitesNothing(string message)
    {
        var answer = Seed.Ask(message);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("I'm TalksBot, a bot", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what about")]
    [InlineData("what's that about?")]
    [InlineData("what is it about")]
    public void WhatIsThatAbout_IsNoSummaryOfTheCoverage(string message)
    {
        Assert.DoesNotContain("In short", Seed.Ask(message).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is this real?")]
    [InlineData("is this made up")]
    [InlineData("is the withdrawal real")]
    public void AskingWhetherSomethingIsReal_IsNoQuestionAboutTheBot(string message)
    {
        Assert.DoesNotContain("I'm TalksBot", Seed.Ask(message).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do u think the talks will work")]
    [InlineData("what's your take on the talks")]
    [InlineData("who's gonna win the war honestly")]
    [InlineData("should ukraine accept neutrality?")]
    [InlineData("was biden right to doubt russia?")]
    public void AskingTheBotsOpinion_GetsNoCitation(string message)
    {
        var answer = Seed.Ask(message);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("I don't give opinions or predictions", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do you think kirby said it was a withdrawal", "John Kirby")]
    [InlineData("should we expect a major offensive according to kirby", "John Kirby")]
    public void AnOpinionAskedOfSomeoneQuoted_IsAnsweredWithTheirWords(string question, string speaker)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("ngl kinda curious what kirby said tbh", "John Kirby")]
    [InlineData("basically what did biden say, in a nutshell", "Joe Biden")]
    [InlineData("waht did kriby say", "John Kirby")]
    [InlineData("what did the ru mod announce", "Alexander Fomin")]
    [InlineData("ukr side on neutrality?", "The Ukrainian delegation")]
    [InlineData("rly? is it a truce", "Vladimir Medinsky")]
    [InlineData("any word on chernihiv?", "Russia")]
    [InlineData("what did kyiv's president say about the signals from the talks", "Volodymyr Zelensky")]
    [InlineData("did kyiv ask for protection", "The Ukrainian delegation")]
    [InlineData("was kyiv ready to talk about territory", "The Ukrainian delegation")]
    [InlineData("what did fomim say about kyev", "Alexander Fomin")]
    [InlineData("що сказав Зеленський?", "Volodymyr Zelensky")]
    [InlineData("Что сказал Мединский?", "Vladimir Medinsky")]
    [InlineData("іноземні бази?", "The Ukrainian delegation")]
    [InlineData("Was hat Selenskyj nach den Gesprächen gesagt?", "Volodymyr Zelensky")]
    [InlineData("who said \u201cwe'll see if they follow through\u201d", "Joe Biden")]
    [InlineData("who said 'the situation has not become easier'?", "Volodymyr Zelensky")]
    public void ChatPhrasing_NamesTheRightSpeaker(string question, string speaker)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }

    [Fact]
    public void ARealWordTwoLettersFromAnother_IsNotTakenForIt()
    {
        // Biden's words hold "actions"; "sanctions" is another word, not a slip of it.
        var answer = Seed.Ask("what did biden say about sanctions");

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Tschernihiw")]
    [InlineData("Czernihów")]
    public void PlaceInAnotherRomanisation_FindsTheDataSpelling(string place)
    {
        var answer = Seed.Ask($"what did the russian military say about {place}");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Chernihiv", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void NameInCyrillic_OnAnotherEvent()
    {
        var answer = Harbour.Ask("what did Бреннік say");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ada Brennick", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("tl;dr?")]
    [InlineData("hey what's this article about?")]
    [InlineData("gist pls")]
    [InlineData("give me a quick recap")]
    [InlineData("thanks, what's this about")]
    public void Summary_CitesTheLeadStatementOfSeveralSides(string question)
    {
        foreach (var engine in new[] { Seed, Harbour })
        {
            var answer = engine.Ask(question);

            Assert.True(answer.Answered, answer.Text);
            Assert.True(answer.Citations.Select(c => c.Speaker).Distinct().Count() >= 2, answer.Text);
            // An outlet's own reporting is no side's words.
            Assert.DoesNotContain(answer.Citations, c => c.Speaker is "Reuters" or "The Daily Wire");
        }
    }

    [Fact]
    public void Comparison_ShowsBothSpeakers()
    {
        var seed = Seed.Ask("kirby vs medinsky");
        var harbour = Harbour.Ask("compare hale and brennick");

        Assert.Contains(seed.Citations, c => c.Speaker == "John Kirby");
        Assert.Contains(seed.Citations, c => c.Speaker == "Vladimir Medinsky");
        Assert.Contains(harbour.Citations, c => c.Speaker == "Tomas Hale");
        Assert.Contains(harbour.Citations, c => c.Speaker == "Ada Brennick");
    }

    [Theory]
    [InlineData("who's quoted?")]
    [InlineData("who all said stuff in this")]
    [InlineData("list the people quoted pls")]
    public void WhoIsQuoted_NamesEverySpeakerWithTheirWords(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Quoted:", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Citations.Select(c => c.Speaker).Distinct().Count() >= 5);
        Assert.Contains("John Kirby", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvenanceCue_IsNotATopicTheCoverageMustContain()
    {
        var answer = Seed.Ask("which news agency reported the 15-year consultation period");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("15-year", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal("Reuters", answer.Citations[0].Via);
    }

    [Theory]
    [InlineData("which site carried the 15-year consultation period")]
    [InlineData("where did the 15-year consultation period come from")]
    public void ProvenanceInOtherWords_IsNotATopicTheCoverageMustContain(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("15-year", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal("Reuters", answer.Citations[0].Via);
    }

    [Fact]
    public void SpeakerDescribedByRole_IsTheQuotedActorWithThatRole()
    {
        var answer = Harbour.Ask("what did the port's director say");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Tomas Hale", answer.Citations[0].Speaker);
    }

    [Fact]
    public void LongMessage_AsidesTheCoverageLacksDoNotVetoTheQuestion()
    {
        var answer = Seed.Ask("ok so my flight had no wifi all day and my coworker kept texting me memes, anyway i missed it: "
            + "what did the pentagon spokesman say about the russian troops moving away from kyiv?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("John Kirby", answer.Citations[0].Speaker);
    }

    [Fact]
    public void ApostrophesOfPossessives_AreNoQuotationMarks()
    {
        Assert.Null(QuotedPhrase.Find("what's the deal with russia's pledge and kyiv's reply"));
    }

    [Fact]
    public void ACapitalsOwnOfficial_IsNotReadAsTheStates()
    {
        var answer = Seed.Ask("did kyiv's mayor say anything");

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("zelensky quote on defences?")]
    [InlineData("exact words of zelensky about defenses")]
    public void AskedForSomeonesWords_TheirDirectQuoteComesFirst(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Volodymyr Zelensky", answer.Citations[0].Speaker);
        Assert.Equal(StatementKind.DirectQuote, answer.Citations[0].Kind);
    }

    [Theory]
    [InlineData("what did zelensky say")]
    [InlineData("what did Зеленський say")]
    public void AskedWhatAPersonSaid_TheirDirectQuotesComeBeforeTheArticlesAccount(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.All(answer.Citations, c => Assert.Equal("Volodymyr Zelensky", c.Speaker));
        Assert.Equal(StatementKind.DirectQuote, answer.Citations[0].Kind);
        Assert.Equal(StatementKind.ReportedClaim, answer.Citations[^1].Kind);
    }

    [Theory]
    [InlineData("what did the us president say when a reporter asked him about the kyiv pledge")]
    [InlineData("what did biden say when pressed about the kyiv pledge")]
    public void APersonsReactionToAClaim_AnswersAQuestionAboutTheClaim_WhoeverAskedThem(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Joe Biden", answer.Citations[0].Speaker);
        Assert.Contains(answer.Citations, c => c.IsCounterpoint && c.Quote.Contains("pledged", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what did kyiv's leader say", "Volodymyr Zelensky")]
    [InlineData("what did washington's leader say", "Joe Biden")]
    [InlineData("what did the pentagon press man say", "John Kirby")]
    [InlineData("washington's leader on the pledge", "Joe Biden")]
    public void ASpeakerDescribedInOtherWordsForTheirRole_IsThatSpeaker(string question, string speaker)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }

    [Fact]
    public void WhatBothSidesSaid_IsAnsweredFromWhatTheCoverageSaysOfBoth()
    {
        var answer = Seed.Ask("did both sides call the talks constructive");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("constructive", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("repositioning quote", "this is a repositioning, not a real withdrawal")]
    [InlineData("the reprioritizing quote?", "reprioritizing the Donbas area")]
    public void AWordTheQuotesHoldBeforeQuote_IsWhatTheQuoteIsAbout(string question, string quote)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(quote, answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void AVerbOfSayingAfterANameOnlyMentioned_StillAsksThatName() => Assert.False(Seed.Ask("did putin comment on the crimea proposal").Answered);

    [Theory]
    [InlineData("was israel mentioned as a guarantor")]
    [InlineData("were poland and canada named as guarantors?")]
    public void APassiveVerbOfSaying_AsksAboutWhatWasSaidNotWhoSaidIt(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Israel, Canada", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the EU say about ukraine joining", "EU")]
    [InlineData("what did Путин say about neutrality", "Путин")]
    public void WhatSomeoneSaid_WhenTheyAreOnlyTalkedAbout_IsDeclinedNamingThem(string question, string name)
    {
        var answer = Seed.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Contains($"doesn't quote “{name}”", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Waffenstillstand laut Medinski?", "This is not a ceasefire")]
    [InlineData("Ukraina a gwarancje bezpieczeństwa?", "security guarantees")]
    [InlineData("Kırım hakkında ne dendi?", "Crimea")]
    public void TopicNamedInAnotherLanguage_IsAnsweredFromTheCoverageOnIt(string question, string fragment)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations.Take(3), c => c.Quote.Contains(fragment, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("medinsky speech - what did he say")]
    [InlineData("what did medinsky say at the briefing")]
    public void TheOccasionOfARemark_IsNoTopic_AllTheirWordsAreListed(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2 statements", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Equal("Vladimir Medinsky", c.Speaker));
    }

    [Theory]
    [InlineData("biden's view on the pledge")]
    [InlineData("what's biden's take on the pledge")]
    public void AVerbOfSayingAfterADeterminer_IsANoun_NotWhereTheSpeakerEnds(string question)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Joe Biden", answer.Citations[0].Speaker);
    }
}
