using System.Text.Json;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Ingest.Output;

namespace TalksBot.Ingest.Tests;

/// <summary>The article's own factual sentences become narration statements of its outlet; page text, fragments and
/// other people's words do not. Invented articles, one rule each.</summary>
public sealed class NarrationTests
{
    private const string Lead = "Grace Okafor, the mediator, said the talks were over.";
    private const string Fact = "The two delegations met for a third round of talks in the harbour city of Port Amsel on Monday.";

    [Fact]
    public void Ingest_UnquotedFactualSentence_IsNarrationOfTheOutletVerbatim()
    {
        var ingested = Ingest(Lead + "\n\n" + Fact + " Neither side has published its figures for the dam.");

        var narration = ingested.Statements.Where(s => s.Kind == StatementKind.Narration).ToList();
        Assert.Equal([Fact, "Neither side has published its figures for the dam."], narration.Select(s => s.Quote));
        Assert.All(narration, s =>
        {
            var speaker = ingested.Actors.Single(a => a.Id == s.Speaker);
            Assert.Equal((ActorKind.Outlet, "Test Wire"), (speaker.Kind, speaker.Name));
            Assert.Null(s.Via);
            Assert.Contains(s.Quote, ingested.Paragraphs[s.Paragraph - 1], StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("Delegates are seen arriving at the harbour office in Port Amsel on Monday. REUTERS/Ana Lind")]
    [InlineData("Click here to read more about the river talks and the long drought.")]
    [InlineData("By Ana Lind | 12 May 2031 09:15 | The delegations met in Port Amsel on Monday.")]
    [InlineData("Ostrania and Veldoria resume their talks on the river dam in Port Amsel")]
    [InlineData("OSTRANIA AND VELDORIA RESUME THEIR TALKS ON THE RIVER DAM.")]
    [InlineData("We will keep this page updated as the talks in Port Amsel go on.")]
    [InlineData("The ministry said the gauges would stay open through the whole summer.")]
    [InlineData("The talks reportedly broke down over the price of water on Monday.")]
    [InlineData("After reports surfaced that the envoy had fallen ill, the talks in Port Amsel were moved to Tuesday.")]
    [InlineData("Both sides called the meeting “useful” after five hours in Port Amsel.")]
    [InlineData("The talks ended early.")]
    public void Ingest_PageTextOrSomeonesWords_IsNoNarration(string paragraph)
    {
        var ingested = Ingest(Lead + "\n\n" + paragraph);

        Assert.DoesNotContain(ingested.Statements, s => s.Kind == StatementKind.Narration);
    }

    [Fact]
    public void Ingest_ExcerptCutMidWord_CitesNoFragment()
    {
        var ingested = Ingest(Lead + "\n\n" + Fact + "\n\nThe delegations will meet again in Port Amsel next wee");

        Assert.Equal([Fact], ingested.Statements.Where(s => s.Kind == StatementKind.Narration).Select(s => s.Quote));
    }

    [Fact]
    public void Ingest_SentenceAfterAStrayAbbreviation_IsAFragmentNotNarration()
    {
        var ingested = Ingest(Lead + "\n\nThe plan foresees a meeting of the Ostranian p. Ivo Halm and the ministers of both countries in Port Amsel.");

        Assert.DoesNotContain(ingested.Statements, s => s.Kind == StatementKind.Narration);
    }

    [Theory]
    [InlineData("PORT AMSEL, May 12 (Test Wire) - ")]
    [InlineData("PORT AMSEL: ")]
    [InlineData("(Test Wire) — ")]
    [InlineData("12 May 2031 09:04PM (Updated: 12 May 2031 09:30PM) PORT AMSEL: ")]
    public void Ingest_Dateline_IsLeftOutOfTheNarrationSpan(string dateline)
    {
        var ingested = Ingest(Lead + "\n\n" + dateline + Fact);

        Assert.Equal([Fact], ingested.Statements.Where(s => s.Kind == StatementKind.Narration).Select(s => s.Quote));
    }

    [Fact]
    public void Ingest_WordWithAnotherSense_DoesNotHideTheOutletsSentence()
    {
        const string sentence = "The flood has displaced an estimated 20,000 people along the river since March.";

        var ingested = Ingest(Lead + "\n\n" + sentence);

        Assert.Equal([sentence], ingested.Statements.Where(s => s.Kind == StatementKind.Narration).Select(s => s.Quote));
    }

    [Fact]
    public void Ingest_Narration_TaggedWithTheVocabularyTopicsItsWordsName()
    {
        var ingested = Ingest(Lead + "\n\nThe delegations resumed negotiating a truce on Monday in Port Amsel.");

        var narration = Assert.Single(ingested.Statements, s => s.Kind == StatementKind.Narration);
        Assert.Equal(["ceasefire", "talks"], narration.Topics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_ArticleWithNarration_PassesSchemaAndLoader()
    {
        var ingested = IngestWithNarration(Lead + "\n\n" + Fact);

        var json = ArticleJsonWriter.Write(ingested);

        using var document = JsonDocument.Parse(json);
        Assert.True(OutputContractTests.Schema.Value.Evaluate(document.RootElement).IsValid);
        var loaded = KnowledgeLoader.ParseArticle(ingested.Article.Id + ".json", json, Fixtures.Vocabulary);
        Assert.Contains(loaded.Statements, s => s.Kind == StatementKind.Narration && s.Quote == Fact);
    }

    [Fact]
    public void Ingest_WithoutTheNarrationOption_EmitsNoNarration()
    {
        var article = new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(Lead + "\n\n" + Fact, new IngestOptions(Publisher: "Test Wire")).Article;

        Assert.DoesNotContain(article.Statements, s => s.Kind == StatementKind.Narration);
    }

    private static IngestedArticle IngestWithNarration(string text) =>
        new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(text, new IngestOptions(Publisher: "Test Wire", Narration: true));

    private static Article Ingest(string text) => IngestWithNarration(text).Article;
}
