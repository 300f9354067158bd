using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>Reported speech without quotation marks and who said it, one invented paragraph or short article each.</summary>
public sealed class ReportedSpeechTests
{
    [Fact]
    public void Ingest_DirectiveVerbWithObjectAndTo_IsAClaimOfTheNamedSpeaker()
    {
        var article = Fixtures.IngestText("Negotiator Pieter Vos took a calm line, while Ilse Brandt, another member of the water board, "
            + "urged farmers not to open “the old sluices”.");

        var (claim, speaker) = OnlyClaim(article);
        Assert.Contains("urged farmers not to open", claim.Quote, StringComparison.Ordinal);
        Assert.Equal("Ilse Brandt", speaker.Name);
        Assert.Equal("member of the water board", speaker.Role);
    }

    [Fact]
    public void Ingest_AnOpeningAdverbialWithoutAComma_IsNoPartOfTheSpeaker()
    {
        var article = Fixtures.IngestText("After the meeting a key adviser to the mayor, Ivo Halm, said that the city wants the water board "
            + "legally bound to share the river.");

        var (claim, speaker) = OnlyClaim(article);
        Assert.Contains("said that the city wants the water board", claim.Quote, StringComparison.Ordinal);
        Assert.Equal("Ivo Halm", speaker.Name);
    }

    [Fact]
    public void Ingest_CallOnSomeoneToAct_IsAClaim()
    {
        var article = Fixtures.IngestText("Mayor Ivo Halm called on both banks to share the water fairly.");

        var (claim, speaker) = OnlyClaim(article);
        Assert.Equal("Mayor Ivo Halm called on both banks to share the water fairly.", claim.Quote);
        Assert.Equal("Ivo Halm", speaker.Name);
    }

    [Theory]
    [InlineData("The delegations met at the mill as Mayor Ivo Halm, who hosted them, urged both banks to share the water.")]
    [InlineData("Minister Lina Moravec told delegations due to meet in Geneva about the gauge.")]
    [InlineData("Mayor Ivo Halm warned farmers going to the market about the flood.")]
    public void Ingest_ToAfterAVerbThatIsNoCallToAct_IsNoClaim(string text)
    {
        var article = Fixtures.IngestText(text);

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.ReportedClaim);
    }

    [Fact]
    public void Ingest_ThisWasStatedBy_GivesTheSentenceBeforeToThatPerson()
    {
        var article = Fixtures.IngestText("After the meeting in Geneva, the two sides will not sign anything.\n\n"
            + "This was stated by a member of the Ostranian delegation Pieter Vos.\n\n"
            + "The talks resume in May.");

        var (claim, speaker) = OnlyClaim(article);
        Assert.Equal("After the meeting in Geneva, the two sides will not sign anything.", claim.Quote);
        Assert.Equal("Pieter Vos", speaker.Name);
        Assert.Equal("member of the Ostranian delegation", speaker.Role);
    }

    [Fact]
    public void Ingest_ThisWasStatedByAfterAQuotedSentence_AttributesNothingMore()
    {
        var article = Fixtures.IngestText("Pieter Vos said: “The sides will not sign anything.”\n\nThis was stated by Pieter Vos.");

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.ReportedClaim);
    }

    [Fact]
    public void Ingest_TitleEndingInAPlaceBeforeANameInApposition_GivesTheClaimToTheNamedPerson()
    {
        var article = Fixtures.IngestText("Adviser and member of the negotiating team in Ostrania, Pieter Vos, told the media that talks were pragmatic.");

        Assert.Equal("Pieter Vos", OnlyClaim(article).Speaker.Name);
        Assert.DoesNotContain(article.Actors, a => a.Kind == ActorKind.Person && a.Name == "Ostrania");
    }

    [Fact]
    public void Ingest_AdviserToThePresidentBeforeAName_GivesTheAdviserNotThePresidentsTitle()
    {
        var article = Fixtures.IngestText("Meanwhile, adviser to the Veldorian president Pieter Vos said that Veldoria offered to share the river.");

        var vos = article.Actors.Single(a => a.Name == "Pieter Vos");
        Assert.Equal("adviser to the Veldorian president", vos.Role);
        Assert.DoesNotContain("Veldorian president", vos.Aliases);
        Assert.DoesNotContain(vos.Aliases, a => a.StartsWith("Veldorian president", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_InstitutionsClaimInASentenceAPersonCloses_IsThatPersonsThroughTheOutlet()
    {
        var article = Fixtures.IngestText("The Veldorian water ministry confirmed that it would “open the sluices twice a week” from May, "
            + "Deputy Water Minister Ivo Halm told OSTA state media.");

        var (claim, speaker) = OnlyClaim(article);
        Assert.StartsWith("The Veldorian water ministry confirmed that", claim.Quote, StringComparison.Ordinal);
        Assert.Equal("Ivo Halm", speaker.Name);
        Assert.Equal("OSTA", article.Actors.Single(a => a.Id == claim.Via).Name);
    }

    [Fact]
    public void Ingest_TwoNamesTheCorpusKnowsAsOneActor_AreOneActor()
    {
        var seed = Fixtures.CuratedSeedArticle;
        var russia = seed.Actors.Single(a => a.Kind == ActorKind.Government && a.Aliases.Contains("Moscow"));
        var article = new ArticleIngestor(Fixtures.Vocabulary, [seed]).Ingest(
            $"Talks on the river\n\n{russia.Name} claimed that the talks were useful.\n\nMoscow claimed that the sides were close.",
            new IngestOptions(Publisher: "Test Wire")).Article;

        var claims = article.Statements.Where(s => s.Kind == StatementKind.ReportedClaim).ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(russia.Id, c.Speaker));
        Assert.Single(article.Actors, a => a.Id == russia.Id);
    }

    [Theory]
    [InlineData("Deputy Water Minister Ivo Halm said the sluices would open twice a week from May.")]
    [InlineData("Deputy Water Minister Ivo Halm also said Tuesday the farmers had agreed to share the river.")]
    [InlineData("Deputy Water Minister Ivo Halm said the old gauge won’t be used again.")]
    public void Ingest_ClauseReportedWithoutThat_IsAClaimFromTheSpeaker(string text)
    {
        var article = Fixtures.IngestText(text);

        var (claim, speaker) = OnlyClaim(article);
        Assert.Equal(text, claim.Quote);
        Assert.Equal("Ivo Halm", speaker.Name);
    }

    [Fact]
    public void Ingest_ClauseClosedBySpeakerAndSpeechVerb_IsTheWholeSentenceWithoutItsDateline()
    {
        var article = Fixtures.IngestText("Talks on the river\n\nGENEVA/OSTA: An agreement on the sluices would pave the way for a summit of the two mayors, "
            + "Mayor Ivo Halm told the delegations ahead of the talks.");

        var (claim, speaker) = OnlyClaim(article);
        Assert.Equal("An agreement on the sluices would pave the way for a summit of the two mayors, Mayor Ivo Halm told the delegations ahead of the talks.", claim.Quote);
        Assert.Equal("Ivo Halm", speaker.Name);
    }

    [Theory]
    [InlineData("It is impossible to open the old sluices as the gauges are broken, said Mayor Ivo Halm.")]
    [InlineData("This includes a ban on fishing near the dam, Mayor Ivo Halm said, adding that the board would meet again in May.")]
    public void Ingest_ClauseClosedBySaidAndSpeakerOrGoingOnWithAdding_IsTheWholeSentence(string text)
    {
        var article = Fixtures.IngestText(text);

        var (claim, speaker) = OnlyClaim(article);
        Assert.Equal(text, claim.Quote);
        Assert.Equal("Ivo Halm", speaker.Name);
    }

    [Theory]
    [InlineData("In a statement on Tuesday, the board, Mayor Ivo Halm said.")]
    [InlineData("Mayor Ivo Halm said in Geneva the talks were over.")]
    [InlineData("Farmers welcomed the gauges, which Mayor Ivo Halm said the board has sent to the capital.")]
    [InlineData("Mayor Ivo Halm said the sluices and the gauges.")]
    [InlineData("Mayor Ivo Halm said the board would send “new gauges” soon.")]
    [InlineData("The sluices were opened on Monday, Mayor Ivo Halm said after telling reporters that it rained.")]
    public void Ingest_SaidWithoutAReportedClause_IsNoClaim(string text)
    {
        var article = Fixtures.IngestText(text);

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.ReportedClaim && !s.Quote.Contains("that it rained", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_ContrastingClaimInTheSameSentence_IsAClaimOfItsOwnSpeaker()
    {
        var article = Fixtures.IngestText("Harbour master Ivo Berg said the sluices had been opened twice, though Mayor Ina Vell said she could not confirm it.");

        var claims = article.Statements.Where(s => s.Kind == StatementKind.ReportedClaim).ToList();
        Assert.Equal(["Harbour master Ivo Berg said the sluices had been opened twice", "Mayor Ina Vell said she could not confirm it."], claims.Select(c => c.Quote));
        Assert.Equal(["Ivo Berg", "Ina Vell"], claims.Select(c => article.Actors.Single(a => a.Id == c.Speaker).Name));
    }

    [Fact]
    public void Ingest_ContrastingClaimAfterAButWithoutComma_IsAClaimOfItsOwnGroup()
    {
        var article = Fixtures.IngestText("Harbour troops have said they are in control of the dam but rescue services said it was still too dangerous to enter.");

        var claims = article.Statements.Where(s => s.Kind == StatementKind.ReportedClaim).ToList();
        Assert.Equal(["Harbour troops have said they are in control of the dam", "rescue services said it was still too dangerous to enter."], claims.Select(c => c.Quote));
        Assert.Equal(["Harbour troops", "rescue services"], claims.Select(c => article.Actors.Single(a => a.Id == c.Speaker).Name));
    }

    [Theory]
    [InlineData("said, adding that the sluices were open.")]
    [InlineData("Said Ivo Halm, adding the sluices were open.")]
    [InlineData(", said Ivo Halm.")]
    public void Ingest_SentenceOpeningWithTheSpeechVerb_IsReadWithoutError(string text)
    {
        var article = Fixtures.IngestText("Mayor Ivo Halm spoke on Monday.\n\n" + text);

        Assert.DoesNotContain(article.Statements, s => s.Quote.Length == 0);
    }

    private static (Statement Claim, Actor Speaker) OnlyClaim(Article article)
    {
        var claim = Assert.Single(article.Statements, s => s.Kind == StatementKind.ReportedClaim);
        return (claim, article.Actors.Single(a => a.Id == claim.Speaker));
    }

    [Fact]
    public void Ingest_ALiveBlogBulletClaim_StartsAtItsWords()
    {
        var article = Fixtures.IngestText("Dam talks to resume\n\n• Ostrania said it would reopen the sluices four days after closing them.", "Northern Courier");

        Assert.Equal("Ostrania said it would reopen the sluices four days after closing them.", Assert.Single(article.Statements).Quote);
    }
}
