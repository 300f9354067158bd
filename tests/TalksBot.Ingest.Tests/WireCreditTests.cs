using System.Text.Json;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Ingest.Evaluation;
using TalksBot.Ingest.Output;

namespace TalksBot.Ingest.Tests;

/// <summary>A story a local outlet republishes from a wire service, credited in its dateline, byline or a closing credit:
/// the service becomes an outlet actor of the article and the via of its quotes and claims that name no other outlet.</summary>
public sealed class WireCreditTests
{
    private const string Publisher = "Kessel Courier";

    [Fact]
    public void Ingest_DatelineCredit_MakesTheWireServiceAnOutletAndTheViaOfEveryStatement()
    {
        var article = Ingest("PORT AMSEL, Ostrania (AP) — Harbour master Edda Lunde said on Monday: “The cranes stop at noon on Friday.”\n\n"
            + "“We will not move a ship before then,” she added.");

        var wire = Assert.Single(article.Actors, a => a.Name == "The Associated Press");
        Assert.Equal(ActorKind.Outlet, wire.Kind);
        Assert.Contains("AP", wire.Aliases);
        Assert.Contains("Associated Press", wire.Aliases);
        Assert.Equal(2, article.Statements.Count);
        Assert.All(article.Statements, s => Assert.Equal(wire.Id, s.Via));
    }

    [Fact]
    public void Ingest_ByReutersByline_MakesReutersTheViaOfEveryStatement()
    {
        var article = Ingest("Port strike ends after three days\n\nBy Reuters\n\n"
            + "“The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.");

        var wire = Assert.Single(article.Actors, a => a.Name == "Reuters");
        Assert.Equal(ActorKind.Outlet, wire.Kind);
        Assert.Equal(wire.Id, Assert.Single(article.Statements).Via);
    }

    [Fact]
    public void Ingest_ClosingWithAfpCredit_MakesAfpTheVia()
    {
        var article = Ingest("“The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.\n\n"
            + "The strike was the first at the port in ten years. — with AFP");

        var wire = Assert.Single(article.Actors, a => a.Name == "Agence France-Presse");
        Assert.Contains("AFP", wire.Aliases);
        Assert.Equal(wire.Id, Assert.Single(article.Statements).Via);
    }

    [Theory]
    [InlineData("PORT AMSEL, May 12. /TASS/. “The cranes stop at noon on Friday,” harbour master Edda Lunde said.", "TASS")]
    [InlineData("(AFP) — “The cranes stop at noon on Friday,” harbour master Edda Lunde said.", "Agence France-Presse")]
    [InlineData("“The cranes stop at noon on Friday,” harbour master Edda Lunde said.\n\nThe port reopens on Monday. — Reuters", "Reuters")]
    [InlineData("Port strike ends after three days\n\nBy Jan Visser, the Associated Press\n\n“The cranes stop at noon on Friday,” harbour master Edda Lunde said.", "The Associated Press")]
    public void Ingest_OtherCreditForms_CreditTheService(string text, string service)
    {
        var article = Ingest(text);

        var wire = Assert.Single(article.Actors, a => a.Name == service);
        Assert.Equal(wire.Id, Assert.Single(article.Statements).Via);
    }

    [Fact]
    public void Ingest_NetworkDatelineCredit_MakesTheNetworkTheViaWithItsOwnRole()
    {
        var article = Ingest("(CNN) — “The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.");

        var network = Assert.Single(article.Actors, a => a.Name == "CNN");
        Assert.Equal(ActorKind.Outlet, network.Kind);
        Assert.Equal("broadcaster", network.Role);
        Assert.Equal(network.Id, Assert.Single(article.Statements).Via);
    }

    [Fact]
    public void Ingest_WireServiceMerelyReportingInTheBody_IsNoCreditOfTheStory()
    {
        var article = Ingest("“The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.\n\n"
            + "Reuters reported that the port authority had no plan for the weekend.");

        Assert.All(article.Statements, s => Assert.Null(s.Via));
        Assert.DoesNotContain(article.Actors, a => a.Name == "The Associated Press");
    }

    [Fact]
    public void Ingest_StatementReportedThroughAnotherOutlet_KeepsThatOutlet()
    {
        var article = Ingest("PORT AMSEL (AP) — “The cranes stop at noon on Friday,” harbour master Edda Lunde told OSTA on Monday.\n\n"
            + "“We will not move a ship before then,” she said.");

        var osta = Assert.Single(article.Actors, a => a.Name == "OSTA");
        var wire = Assert.Single(article.Actors, a => a.Name == "The Associated Press");
        Assert.Equal(osta.Id, article.Statements.Single(s => s.Quote.StartsWith("The cranes", StringComparison.Ordinal)).Via);
        Assert.Equal(wire.Id, article.Statements.Single(s => s.Quote.StartsWith("We will", StringComparison.Ordinal)).Via);
    }

    [Fact]
    public void Ingest_TwoDifferentServicesCredited_CreditsNeither()
    {
        var article = Ingest("PORT AMSEL (AP) — “The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.\n\n"
            + "The strike was the first at the port in ten years. (Reuters)");

        Assert.Null(Assert.Single(article.Statements).Via);
        Assert.DoesNotContain(article.Actors, a => a.Name is "The Associated Press" or "Reuters");
    }

    [Fact]
    public void Ingest_PersonsByline_IsNoWireService()
    {
        var article = Ingest("Port strike ends after three days\n\nBy Edda Reuter\n\n"
            + "“The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.");

        Assert.Null(Assert.Single(article.Statements).Via);
        Assert.Single(article.Actors, a => a.Kind == ActorKind.Outlet);
    }

    [Fact]
    public void Ingest_WireServiceCreditingItsOwnStory_IsOnlyThePublisher()
    {
        var article = Fixtures.IngestText("PORT AMSEL, May 12 (Reuters) - “The cranes stop at noon on Friday,” harbour master Edda Lunde said.", "Reuters");

        Assert.Null(Assert.Single(article.Statements).Via);
        Assert.Equal("Reuters", Assert.Single(article.Actors, a => a.Kind == ActorKind.Outlet).Name);
    }

    [Fact]
    public void Write_WireCreditedArticle_PassesSchemaAndLoaderKeepingTheVia()
    {
        var ingested = new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(
            "PORT AMSEL, Ostrania (AP) — “The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.",
            new IngestOptions(Publisher: Publisher));

        var json = ArticleJsonWriter.Write(ingested);

        using var document = JsonDocument.Parse(json);
        Assert.True(OutputContractTests.Schema.Value.Evaluate(document.RootElement).IsValid);
        var loaded = KnowledgeLoader.ParseArticle(ingested.Article.Id + ".json", json, Fixtures.Vocabulary);
        var wire = Assert.Single(loaded.Actors, a => a.Name == "The Associated Press");
        Assert.Equal(wire.Id, Assert.Single(loaded.Statements).Via);
    }

    [Fact]
    public void Score_WireCreditedQuote_IsComparedWithoutTheWholeStoryCredit()
    {
        var ingested = new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(
            "PORT AMSEL, Ostrania (AP) — “The cranes stop at noon on Friday,” harbour master Edda Lunde said on Monday.",
            new IngestOptions(Publisher: Publisher));
        const string quote = "The cranes stop at noon on Friday,";

        var unlabelled = ExtractionScorer.Score("a", ingested, [new QuoteLabel("a", quote, "Edda Lunde", "harbour master", null)]);
        var labelledAp = ExtractionScorer.Score("a", ingested, [new QuoteLabel("a", quote, "Edda Lunde", "harbour master", "AP")]);

        Assert.Single(ingested.WireCredited);
        Assert.Equal(1, unlabelled.Outlets);
        Assert.Equal(0, labelledAp.Outlets);
    }

    private static Article Ingest(string text) => Fixtures.IngestText(text, Publisher);
}
