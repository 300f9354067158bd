using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>Attribution patterns from the issue, one invented paragraph each.</summary>
public sealed class AttributionTests
{
    [Theory]
    [InlineData("“We will be back next week,” according to Grace Okafor, the mediator.", "We will be back next week", "Grace Okafor")]
    [InlineData("“The numbers do not add up,” said Deputy Minister Ivo Halm.", "The numbers do not add up", "Ivo Halm")]
    [InlineData("Mediator Grace Okafor spoke first. “Nobody leaves this room angry,” she said.", "Nobody leaves this room angry", "Grace Okafor")]
    [InlineData("Ostranian negotiator Tomas Brandt-Ilic called the offer “a serious basis for a deal,” and left.", "a serious basis for a deal", "Tomas Brandt-Ilic")]
    [InlineData("Water Minister Marta Lindqvist arrived late. Later the minister told reporters: “We are not in a hurry.”", "We are not in a hurry.", "Marta Lindqvist")]
    [InlineData("“We came to listen,” Tomas Brandt-Ilic, the head of the Ostranian delegation, told reporters, “and we listened.”", "and we listened.", "Tomas Brandt-Ilic")]
    public void Ingest_Paragraph_AttributesTheQuoteToItsSpeaker(string paragraph, string quote, string speaker)
    {
        var article = Ingest(paragraph);

        var statement = Assert.Single(article.Statements, s => s.Quote == quote);
        Assert.Equal(StatementKind.DirectQuote, statement.Kind);
        Assert.Equal(speaker, article.Actors.Single(a => a.Id == statement.Speaker).Name);
    }

    [Theory]
    [InlineData("Both sides called the talks “useful.”")]
    [InlineData("Okafor said the two delegations had agreed on “principles” and “next steps” but not on numbers.")]
    [InlineData("The proposal, which Veldoria calls its “river charter,” was not published.")]
    public void Ingest_ScareQuotes_AreNotStatements(string paragraph)
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks were over.\n\n" + paragraph);

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.DirectQuote);
    }

    [Fact]
    public void Ingest_QuoteSpanningParagraphsAttributedAtTheEnd_GivesEveryPieceThatSpeaker()
    {
        var article = Ingest(
            "Grace Okafor, the mediator, and Ivo Halm, the deputy minister, met on Monday.\n\n"
            + "“We agreed to keep the gauges running through the summer.\n\n"
            + "“The data will be public,” Halm said.");

        Assert.Equal(["halm", "halm"], article.Statements.Where(s => s.Kind == StatementKind.DirectQuote).Select(s => s.Speaker));
        Assert.Equal(2, article.Statements.First(s => s.Kind == StatementKind.DirectQuote).Paragraph);
    }

    [Fact]
    public void Ingest_OutletCalledNewsAgency_IsTheVia()
    {
        var article = Ingest("“The border stays open,” Deputy Minister Ivo Halm said, according to the state-run OSTA news agency.");

        var statement = Assert.Single(article.Statements);
        var via = article.Actors.Single(a => a.Id == statement.Via);
        Assert.Equal(ActorKind.Outlet, via.Kind);
        Assert.Equal("OSTA", via.Name);
    }

    private static Article Ingest(string text) =>
        new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(text, new IngestOptions(Publisher: "Test Wire")).Article;
}
