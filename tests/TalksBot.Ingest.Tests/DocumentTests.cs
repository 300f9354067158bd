namespace TalksBot.Ingest.Tests;

/// <summary>Paragraphs as written, publisher boilerplate dropped, metadata read from the text or page.</summary>
public sealed class DocumentTests
{
    [Fact]
    public void Ingest_Seed_KeepsExactlyTheCuratedParagraphs()
    {
        var article = Fixtures.Ingest(Fixtures.Seed).Article;

        Assert.Equal(Fixtures.CuratedSeedArticle.Paragraphs, article.Paragraphs);
        Assert.Equal("The Daily Wire", article.Publisher);
    }

    [Theory]
    [InlineData(Fixtures.Seed)]
    [InlineData("wire-said.txt")]
    [InlineData("british-told.txt")]
    [InlineData("html-page.html")]
    [InlineData("interview.txt")]
    public void Ingest_Fixture_HasItsLabelledMetadataAndNoBoilerplate(string file)
    {
        var ingested = Fixtures.IngestLabelled(file);
        var article = ingested.Article;

        string[] furniture = ["Subscribe", "Source:", "Comments", "Share", "Advertisement", "Sign up", "Follow us", "Reporting by", "Read more", "sham", "Best rates", "Switch today", "Most read", "Do not index", "tracking", "We are tired", "Become a member"];
        Assert.All(article.Paragraphs, p => Assert.DoesNotContain(furniture, f => p.Contains(f, StringComparison.Ordinal)));
        if (file != Fixtures.Seed)
        {
            var labels = Fixtures.LabelsOf(file);
            Assert.Equal(labels.Paragraphs, article.Paragraphs.Count);
            Assert.Equal(labels.Publisher, article.Publisher);
            Assert.Equal(labels.Title, article.Title);
            Assert.Equal(labels.Date, article.Date);
            Assert.Equal(labels.Url, article.Url);
            Assert.False(ingested.TitleIsDescriptive);
        }
    }

    [Fact]
    public void Ingest_TextWithoutHeadline_GetsDescriptiveTitleFromTheLead()
    {
        var ingested = Fixtures.Ingest(Fixtures.Seed);

        Assert.True(ingested.TitleIsDescriptive);
        Assert.Equal("Russia has pledged to de-escalate its aggression in parts of Ukraine", ingested.Article.Title);
    }

    [Fact]
    public void Ingest_WireAndHtml_ReadTheirBylines()
    {
        Assert.Equal("Lena Marsh", Fixtures.IngestLabelled("wire-said.txt").Byline);
        Assert.Equal("Rui Almeida", Fixtures.IngestLabelled("html-page.html").Byline);
    }

    [Fact]
    public void Ingest_OutletChain_NamesTheOutletEachQuoteCameThrough()
    {
        var seed = Fixtures.Ingest(Fixtures.Seed).Article;
        var vias = seed.Statements.Where(s => s.Via is not null).ToDictionary(s => s.Quote[..20], s => seed.Actors.Single(a => a.Id == s.Via).Name);

        Assert.Equal("ABC News", vias["[The] Russian Defens"]);
        Assert.Equal("Reuters", vias["This is not a ceasef"]);
        Assert.Equal("Reuters", vias["[The] situation has "]);
        Assert.Equal("New York Times", vias["a constructive step "]);
        foreach (var file in new[] { "wire-said.txt", "british-told.txt" })
        {
            var article = Fixtures.IngestLabelled(file).Article;
            foreach (var (quote, via) in Fixtures.LabelsOf(file).Vias)
            {
                var statement = article.Statements.Single(s => s.Quote == quote);
                Assert.Equal(via, article.Actors.Single(a => a.Id == statement.Via).Name);
            }
        }
    }

    [Fact]
    public void Ingest_ReportedClaims_BecomeStatementsOfTheirParty()
    {
        var article = Fixtures.Ingest(Fixtures.Seed).Article;
        var claims = article.Statements.Where(s => s.Kind == Core.Knowledge.StatementKind.ReportedClaim).ToList();

        var neutrality = claims.Single(s => s.Quote.StartsWith("the Ukrainian delegation told the Russian delegation that", StringComparison.Ordinal));
        Assert.Equal("the Ukrainian delegation", article.Actors.Single(a => a.Id == neutrality.Speaker).Name);
        Assert.Equal(Core.Knowledge.ActorKind.Delegation, article.Actors.Single(a => a.Id == neutrality.Speaker).Kind);
        Assert.Contains(claims, s => s.Quote == "Russia has pledged to de-escalate its aggression in parts of Ukraine" && s.Speaker == "russia");
        Assert.Contains(claims, s => s.Quote == "talks were still “difficult.”" && s.Speaker == "podolyak");
    }
}
