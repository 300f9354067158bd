using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>The same person or outlet across articles is one actor: ids and names come from the corpus,
/// matched on names, aliases and transliterations; different people are not merged.</summary>
public sealed class ActorMatchingTests
{
    private const string Transliterated =
        "Kyiv talks go on\n\n"
        + "Ukrainian President Volodymyr Zelenskyy said that the delegations would meet again.\n\n"
        + "Vladimir Medinskiy, the head of the Russian delegation, said that the talks had been long.\n\n"
        + "Mykhailo Podoliak, an adviser to the president, told Reuters that work on the documents would continue.\n\n"
        + "Anna Kirby, a regional official, said that the hall was booked for two more days.\n";

    [Fact]
    public void Ingest_SeedWithCuratedCorpus_ReusesEveryCuratedId()
    {
        var curated = Fixtures.CuratedSeedArticle;

        var article = Fixtures.Ingest(Fixtures.Seed, existing: [curated]).Article;

        string[] expected = ["dailywire", "nyt", "reuters", "abc-news", "russia", "ukraine-delegation", "fomin", "kirby", "biden", "medinsky", "zelensky", "podolyak"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), article.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.All(article.Actors, a => Assert.Equal(curated.Actors.Single(c => c.Id == a.Id).Name, a.Name));
        Assert.Equal("The Daily Wire", article.Publisher);
    }

    [Fact]
    public void Ingest_TransliteratedNames_MatchTheCorpusPeople()
    {
        var article = Ingest(Transliterated, [Fixtures.CuratedSeedArticle]);

        Assert.Equal(["zelensky", "medinsky", "podolyak"], article.Statements.Take(3).Select(s => s.Speaker));
        var zelensky = article.Actors.Single(a => a.Id == "zelensky");
        Assert.Equal("Volodymyr Zelensky", zelensky.Name);
        Assert.Contains("Volodymyr Zelenskyy", zelensky.Aliases);
        Assert.Contains("Podoliak", article.Actors.Single(a => a.Id == "podolyak").Aliases);
        Assert.Equal("reuters", article.Statements[2].Via);
    }

    [Fact]
    public void Ingest_SameSurnameDifferentPerson_GetsItsOwnId()
    {
        var article = Ingest(Transliterated, [Fixtures.CuratedSeedArticle]);

        var anna = article.Statements.Single(s => s.Quote.Contains("hall", StringComparison.Ordinal));

        Assert.Equal("anna-kirby", anna.Speaker);
        Assert.Equal("Anna Kirby", article.Actors.Single(a => a.Id == "anna-kirby").Name);
    }

    [Fact]
    public void Ingest_WithoutCorpus_IdsComeFromTheTextSpelling()
    {
        var article = Ingest(Transliterated, []);

        Assert.Equal(["zelenskyy", "medinskiy", "podoliak"], article.Statements.Take(3).Select(s => s.Speaker));
        Assert.Equal("kirby", article.Statements[3].Speaker);
    }

    private static Article Ingest(string text, IReadOnlyList<Article> existing) =>
        new ArticleIngestor(Fixtures.Vocabulary, existing).Ingest(text, new IngestOptions(Publisher: "Test Wire")).Article;
}
