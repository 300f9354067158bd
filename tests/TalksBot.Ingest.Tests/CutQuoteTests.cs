using System.Text.Json;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Ingest.Output;

namespace TalksBot.Ingest.Tests;

/// <summary>A text that ends inside an open quotation (an excerpt cut short): the quote is kept as far as it goes,
/// marked as cut, and never extended; every other quote is not marked.</summary>
public sealed class CutQuoteTests
{
    [Fact]
    public void Ingest_TextEndingMidQuote_KeepsTheQuoteToTheEndAndMarksItCut()
    {
        var article = Ingest("Harbour master Edda Lunde said the cranes would stand still on Friday.\n\n"
            + "“We asked the shipping lines for a week, and they gave us half a d");

        var statement = Assert.Single(article.Statements, s => s.Kind == StatementKind.DirectQuote);
        Assert.True(statement.IsCut);
        Assert.Equal("We asked the shipping lines for a week, and they gave us half a d", statement.Quote);
        Assert.EndsWith(statement.Quote, article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal("Edda Lunde", article.Actors.Single(a => a.Id == statement.Speaker).Name);
    }

    [Fact]
    public void Ingest_CutQuoteEndingInAComma_KeepsTheComma()
    {
        var article = Ingest("Edda Lunde, the harbour master, said: “The cranes stop at noon, the ferries at six,");

        var statement = Assert.Single(article.Statements, s => s.Kind == StatementKind.DirectQuote);
        Assert.True(statement.IsCut);
        Assert.Equal("The cranes stop at noon, the ferries at six,", statement.Quote);
    }

    [Fact]
    public void Ingest_QuoteClosedBeforeTheTextEnds_IsNotCut()
    {
        var article = Ingest("“The cranes stop at noon,” harbour master Edda Lunde said.\n\n“The ferries run as usual.”");

        Assert.NotEmpty(article.Statements);
        Assert.All(article.Statements, s => Assert.False(s.IsCut));
    }

    [Fact]
    public void Ingest_QuoteRunningOverParagraphsThenCut_MarksOnlyTheLastPiece()
    {
        var article = Ingest("Harbour master Edda Lunde said: “The cranes stop at noon on Friday.\n\n"
            + "“The ferries run until six, and the pilots stay on c");

        var pieces = article.Statements.Where(s => s.Kind == StatementKind.DirectQuote).OrderBy(s => s.Paragraph).ToList();
        Assert.Equal(2, pieces.Count);
        Assert.False(pieces[0].IsCut);
        Assert.True(pieces[1].IsCut);
        Assert.Equal("The ferries run until six, and the pilots stay on c", pieces[1].Quote);
    }

    [Fact]
    public void Ingest_QuoteLeftOpenBeforeMoreNarration_IsNotCut()
    {
        var article = Ingest("Harbour master Edda Lunde said: “The cranes stop at noon on Friday.\n\n"
            + "The strike is the first at the port in ten years.");

        Assert.All(article.Statements, s => Assert.False(s.IsCut));
    }

    [Fact]
    public void Write_CutQuote_IsStoredAsCutAndPassesSchemaAndLoader()
    {
        var ingested = new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(
            "Edda Lunde, the harbour master, said on Monday: “The pilots will not board a ship before the",
            new IngestOptions(Publisher: "Test Wire"));

        var json = ArticleJsonWriter.Write(ingested);

        using var document = JsonDocument.Parse(json);
        var stored = document.RootElement.GetProperty("statements").EnumerateArray().Single();
        Assert.True(stored.GetProperty("cut").GetBoolean());
        Assert.True(OutputContractTests.Schema.Value.Evaluate(document.RootElement).IsValid);
        var loaded = KnowledgeLoader.ParseArticle(ingested.Article.Id + ".json", json, Fixtures.Vocabulary);
        Assert.True(Assert.Single(loaded.Statements).IsCut);
    }

    [Fact]
    public void Write_QuoteNotCut_HasNoCutField()
    {
        var ingested = new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(
            "“The cranes stop at noon,” harbour master Edda Lunde said.", new IngestOptions(Publisher: "Test Wire"));

        using var document = JsonDocument.Parse(ArticleJsonWriter.Write(ingested));

        Assert.All(document.RootElement.GetProperty("statements").EnumerateArray(), s => Assert.False(s.TryGetProperty("cut", out _)));
    }

    private static Article Ingest(string text) => Fixtures.IngestText(text);
}
