using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>Attribution as real coverage writes it (issue 11), one invented paragraph or short article each.</summary>
public sealed class RealWorldAttributionTests
{
    [Fact]
    public void Ingest_TitleWithOfBeforeTheName_SplitsTitleAndName()
    {
        var article = Ingest("Secretary of State Lina Moravec said: “The river belongs to both.”");

        var speaker = Fixtures.SpeakerOf(article, "The river belongs to both.");
        Assert.Equal("Lina Moravec", speaker.Name);
        Assert.Equal("Secretary of State", speaker.Role);
    }

    [Fact]
    public void Ingest_SingleNameThatSpeaks_IsAPersonAndTakesTheTitleAndPronounsThatFollow()
    {
        var article = Ingest(
            "Ostranian Foreign Minister Pieter Vos welcomed the talks in Geneva.\n\n"
            + "Earlier, Kessler stressed that his country “does not want a second dam on the Kessel.”\n\n"
            + "“We want water for every farmer on both banks,” he added.\n\n"
            + "The Veldorian Foreign Minister stressed that “the timetable for the sluices stands.”");

        var kessler = Fixtures.SpeakerOf(article, "does not want a second dam on the Kessel.");
        Assert.Equal(ActorKind.Person, kessler.Kind);
        Assert.Equal(kessler, Fixtures.SpeakerOf(article, "We want water for every farmer on both banks"));
        Assert.Equal(kessler, Fixtures.SpeakerOf(article, "the timetable for the sluices stands."));
        Assert.Equal("Veldorian Foreign Minister", kessler.Role);
    }

    [Fact]
    public void Ingest_InstitutionQuotedInASentenceAPersonCloses_GivesTheQuoteToThePersonAndOutlet()
    {
        var article = Ingest("The Veldorian water ministry confirmed it would “open the sluices twice a week” from May, "
            + "Deputy Water Minister Ivo Halm told OSTA state media.");

        var statement = article.Statements.Single(s => s.Quote == "open the sluices twice a week");
        Assert.Equal("Ivo Halm", article.Actors.Single(a => a.Id == statement.Speaker).Name);
        Assert.Equal("OSTA", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Fact]
    public void Ingest_OutletCitingAParty_GivesThePartyTheQuoteThroughTheOutlet()
    {
        var article = Ingest("OSTA, citing the Veldorian delegation, said the plan included “a joint gauge at the border crossing.”");

        var statement = article.Statements.Single(s => s.Quote == "a joint gauge at the border crossing.");
        Assert.Equal("the Veldorian delegation", article.Actors.Single(a => a.Id == statement.Speaker).Name);
        Assert.Equal("OSTA", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Fact]
    public void Ingest_QuoteParagraphWithoutAttribution_InheritsTheLastSpeaker()
    {
        var article = Ingest(
            "Grace Okafor, the mediator, said on Monday: “We are closer than we were a week ago.”\n\n"
            + "The delegations left the palace at six.\n\n"
            + "“Nobody should expect miracles, but nobody should give up either.”");

        Assert.Equal("Grace Okafor", Fixtures.SpeakerOf(article, "Nobody should expect miracles, but nobody should give up either.").Name);
    }

    [Theory]
    [InlineData("in a tweet said", "Twitter")]
    [InlineData("wrote on Telegram that", "Telegram")]
    [InlineData("said on state television that", "state television")]
    [InlineData("told Veldorian television that", "Veldorian television")]
    [InlineData("said in a statement to the state television that", "state television")]
    [InlineData("wrote on X that", "X")]
    [InlineData("said in a video on TikTok that", "TikTok")]
    public void Ingest_ChannelNamedOnce_IsTheViaOfTheSpeakersLaterQuotesToo(string cue, string channel)
    {
        var article = Ingest(
            $"Ivo Halm, the deputy minister, {cue} the talks were “hard but useful for both sides.”\n\n"
            + "“We will meet again in June and bring the engineers,” he said.");

        foreach (var quote in new[] { "hard but useful for both sides.", "We will meet again in June and bring the engineers" })
        {
            var statement = article.Statements.Single(s => s.Quote == quote);
            Assert.Equal(channel, article.Actors.Single(a => a.Id == statement.Via).Name);
        }
    }

    [Fact]
    public void Ingest_ToldANewsAgencyAndWhatWasSaid_TheAgencyIsTheVia()
    {
        var article = Ingest("Ivo Halm, the deputy minister, told the OSTA news agency the process had been “difficult but necessary for both sides.”");

        var statement = article.Statements.Single(s => s.Quote == "difficult but necessary for both sides.");
        Assert.Equal("OSTA", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Fact]
    public void Ingest_InterviewWithAnOutlet_IsNotTheViaOfLaterQuotes()
    {
        var article = Ingest(
            "Pieter Vos, the Veldorian spokesman, told the BBC that his side was “ready to look again at the numbers.”\n\n"
            + "“We're here to agree a flow that works in a dry year,” Mr Vos said.");

        Assert.NotNull(article.Statements.Single(s => s.Quote == "ready to look again at the numbers.").Via);
        Assert.Null(article.Statements.Single(s => s.Quote == "We're here to agree a flow that works in a dry year").Via);
    }

    [Fact]
    public void Ingest_MismatchedMarksAndShortUtterance_KeepsBothQuotesForTheSpeaker()
    {
        var article = Ingest("Deputy Minister Ivo Halm spoke after the vote. Halm says of the result, “We’ll see\" he said “I don’t read anything into it yet.”");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "We’ll see").Name);
        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "I don’t read anything into it yet.").Name);
    }

    [Fact]
    public void Ingest_SingleQuoteStyleWithNestedMarksAndApostrophes_KeepsTheWholeQuote()
    {
        var article = Ingest(
            "Mayor Anna Rourke said the pledge was ‘empty’ and the shelling ‘went on all night’.\n\n"
            + "The mayor said: ‘This is a ‘colossal’ insult. They’re not reducing anything, they’re increasing it’.");

        Assert.Equal("Anna Rourke", Fixtures.SpeakerOf(article, "This is a ‘colossal’ insult. They’re not reducing anything, they’re increasing it").Name);
    }

    [Fact]
    public void Ingest_QuoteCutByTheEndOfTheExcerpt_IsKeptAsFarAsItGoes()
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks would resume.\n\n“We came to discuss the implemen");

        Assert.Equal("Grace Okafor", Fixtures.SpeakerOf(article, "We came to discuss the implemen").Name);
    }

    [Fact]
    public void Ingest_NarrationCutByTheEndOfTheExcerpt_IsNotCited()
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks would resume.\n\nHalm has reportedly said that the delegations will meet again in Gen");

        Assert.DoesNotContain(article.Statements, s => s.Quote.EndsWith("Gen", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_StockTermAfterANamingVerb_IsNotAStatement()
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks were over.\n\n"
            + "Veldoria sent engineers to the dam in what it called a “river protection operation” on Monday, Okafor said.");

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.DirectQuote && s.Quote.StartsWith("river", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_TitleUsedBeforeItsHolderIsNamed_BecomesTheHoldersFullerRole()
    {
        var article = Ingest(
            "The governor of Ostrania's river region says the sluices were opened overnight.\n\n"
            + "The governor, Anna Rourke, posted a video to denounce the move.\n\n"
            + "“Do we believe in it? Of course not,” she said.");

        Assert.Equal("governor of Ostrania's river region", Fixtures.SpeakerOf(article, "Do we believe in it? Of course not").Role);
    }

    [Fact]
    public void Ingest_RelativeClauseAfterAName_GivesTheTitleInItNotTheClause()
    {
        var article = Ingest("Gen. Ivo Halm, who also serves as the alliance's river commander, said “the levees will hold this winter.”");

        var speaker = Fixtures.SpeakerOf(article, "the levees will hold this winter.");
        Assert.Equal("Ivo Halm", speaker.Name);
        Assert.Equal("alliance's river commander", speaker.Role);
    }

    [Fact]
    public void Ingest_HeAddedAfterAnotherPersonIsNamed_KeepsTheSpeakerJustQuoted()
    {
        var article = Ingest(
            "“The gates will open at dawn,” Deputy Minister Ivo Halm told reporters as the delegation, including chief negotiator Pieter Vos, left the palace.\n\n"
            + "This would “build trust for the next round” in order “to sign a water treaty this summer,” he added.");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "to sign a water treaty this summer").Name);
    }

    [Fact]
    public void Ingest_QuoteGluedToTheSentenceBefore_IsFound()
    {
        var article = Ingest("Halm also said that Veldoria had received the proposal on paper.\"We received written proposals from the Ostranian delegation,\" Deputy Minister Ivo Halm said.");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "We received written proposals from the Ostranian delegation").Name);
    }

    [Fact]
    public void Ingest_BareTitleAfterANameThatFollowsTheQuote_IsTheRole()
    {
        var article = Ingest("\"The levee might still be within range of the guns,\" said Anna Rourke, acting head of the river rescue service of Ostrania in Geneva.");

        Assert.Equal("acting head of the river rescue service of Ostrania in Geneva", Fixtures.SpeakerOf(article, "The levee might still be within range of the guns").Role);
    }

    [Fact]
    public void Ingest_OutletNamedInTheSentenceAfterTheQuote_IsItsVia()
    {
        var article = Ingest("Deputy Minister Ivo Halm urged farmers “to keep the gates closed until Friday.”\n\n"
            + "He was speaking during an interview with Ostranian news channel Riverside 24.");

        var statement = article.Statements.Single(s => s.Quote == "to keep the gates closed until Friday.");
        Assert.Equal("Riverside 24", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Theory]
    [InlineData("Kessel Wire Service", "told the Kessel Wire Service")]
    [InlineData("Kessel Wire Service", "told KWS")]
    [InlineData("KBN News", "told KBN")]
    public void Ingest_QuoteToldToThePublisherByAShortName_HasNoOtherOutlet(string publisher, string cue)
    {
        var article = Fixtures.IngestText($"Deputy Minister Ivo Halm {cue} that the gates were “closed until Friday.”", publisher);

        Assert.Null(article.Statements.Single(s => s.Quote == "closed until Friday.").Via);
        Assert.Single(article.Actors, a => a.Kind == ActorKind.Outlet);
    }

    [Fact]
    public void Ingest_QuoteToldToAnOutletNamedLikeThePublishersLeadingWord_KeepsThatOutlet()
    {
        var article = Fixtures.IngestText("Deputy Minister Ivo Halm told The Times that the gates were “closed until Friday.”", "Times of Ostrania");

        var statement = article.Statements.Single(s => s.Quote == "closed until Friday.");
        Assert.Equal("Times", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Fact]
    public void Ingest_QuoteToldToAnotherOutletWithTheSameInitials_KeepsThatOutlet()
    {
        var article = Fixtures.IngestText("Deputy Minister Ivo Halm told KBN Radio that the gates were “closed until Friday.”", "Kessel Broadcast Network");

        var statement = article.Statements.Single(s => s.Quote == "closed until Friday.");
        Assert.Equal("KBN Radio", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Theory]
    [InlineData("In a statement, the Office of the President of the Republic said Ostrania would be “a strong and committed ally”.",
        "the Office of the President of the Republic", "a strong and committed ally")]
    [InlineData("The Veldorian Ministry of Foreign Affairs said the talks aimed at “an end to the conflict on the river”.",
        "the Veldorian Ministry of Foreign Affairs", "an end to the conflict on the river")]
    [InlineData("The Ministry of Defence said troops had “completed the regrouping” on Friday.", "the Ministry of Defence", "completed the regrouping")]
    public void Ingest_InstitutionNamedWithOf_SpeaksUnderItsWholeName(string text, string speaker, string quote)
    {
        var article = Ingest(text);

        var actor = Fixtures.SpeakerOf(article, quote);
        Assert.Equal(speaker, actor.Name);
        Assert.Equal(ActorKind.Government, actor.Kind);
    }

    [Fact]
    public void Ingest_TitleSetOffBeforeANameWithATitleGluedToIt_IsTheRoleAndTheGluedTitleStillNamesThem()
    {
        var article = Ingest("The chairman of the Senate Committee on Water Affairs, Senator Ivo Halm, struck a sharper note. "
            + "“Three years is not a transition,” the senator said.\n\n"
            + "Speaking to reporters, an adviser to the Veldorian minister, Lina Moravec, was blunt.\n\n"
            + "“We came with a very simple request,” she said.");

        var halm = Fixtures.SpeakerOf(article, "Three years is not a transition");
        Assert.Equal("Ivo Halm", halm.Name);
        Assert.Equal("chairman of the Senate Committee on Water Affairs", halm.Role);
        Assert.Equal("adviser to the Veldorian minister", Fixtures.SpeakerOf(article, "We came with a very simple request").Role);
    }

    [Theory]
    [InlineData("‘This is a good day for both banks,’ said Minister Ali Hassan, according to Xinhua.", "This is a good day for both banks", "Xinhua")]
    [InlineData("The interior ministry said in a statement carried by the official MAP news agency that teams had reached “all the affected villages”.",
        "all the affected villages", "MAP")]
    public void Ingest_OutletAfterTheAttributionOrCarryingTheStatement_IsTheVia(string text, string quote, string outlet)
    {
        var article = Ingest(text);

        var statement = article.Statements.Single(s => s.Quote == quote);
        Assert.Equal(outlet, article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Theory]
    [InlineData("The United States said the sides would “prioritize talks to achieve a ceasefire”.", "prioritize talks to achieve a ceasefire", "United States")]
    [InlineData("10:42 GMT — The UN secretary-general has welcomed the deal, calling it “a beacon of hope on the river”.", "a beacon of hope on the river",
        "UN secretary-general")]
    public void Ingest_NameThatLooksLikeSomethingElse_IsReadAsWritten(string text, string quote, string speaker) =>
        Assert.Equal(speaker, Fixtures.SpeakerOf(Ingest("Talks end on the river\n\n" + text), quote).Name);

    private static Article Ingest(string text) => Fixtures.IngestText(text);
}
