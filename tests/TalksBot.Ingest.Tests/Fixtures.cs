using System.Text.Json;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Corpus;
using TalksBot.Ingest.Tests.Quality;
using TalksBot.TestKit;

namespace TalksBot.Ingest.Tests;

/// <summary>The fixture articles under Fixtures/Articles, their hand labels, and the repository's vocabulary.</summary>
internal static class Fixtures
{
    public const string Seed = "seed-dailywire-istanbul-talks.txt";
    public const string CuratedSeed = "dailywire-2022-03-29-istanbul-talks.json";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles");

    public static Vocabulary Vocabulary { get; } = CorpusReader.ReadVocabulary(RepositoryPaths.Data);

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    public static string CuratedSeedPath => Path.Combine(RepositoryPaths.Data, "articles", CuratedSeed);

    public static Article CuratedSeedArticle => CorpusReader.ReadArticles(RepositoryPaths.Data, Vocabulary, _ => { }).Single(a => a.Id == "dailywire-2022-03-29-istanbul-talks");

    public static IngestedArticle Ingest(string file, IngestOptions? options = null, IReadOnlyList<Article>? existing = null) =>
        new ArticleIngestor(Vocabulary, existing ?? []).Ingest(Text(file), (options ?? new IngestOptions()) with { SourceName = file });

    /// <summary>Ingests invented text as an article of <paramref name="publisher"/>, against no other articles.</summary>
    public static Article IngestText(string text, string publisher = "Test Wire") =>
        new ArticleIngestor(Vocabulary, []).Ingest(text, new IngestOptions(Publisher: publisher)).Article;

    /// <summary>The speaker of the one direct quote of <paramref name="article"/> that is exactly <paramref name="quote"/>.</summary>
    public static Actor SpeakerOf(Article article, string quote)
    {
        var statement = Assert.Single(article.Statements, s => s.Quote == quote && s.Kind == StatementKind.DirectQuote);
        return article.Actors.Single(a => a.Id == statement.Speaker);
    }

    /// <summary>The labels of a fixture, from the <c>.expected.json</c> next to it.</summary>
    public static Labels LabelsOf(string file)
    {
        var path = PathOf(Path.GetFileNameWithoutExtension(file) + ".expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var quotes = root.GetProperty("quotes").EnumerateArray()
            .Select(q => new ExpectedQuote(q.GetProperty("paragraph").GetInt32(), q.GetProperty("quote").GetString()!, [q.GetProperty("speaker").GetString()!]))
            .ToList();
        var vias = root.GetProperty("quotes").EnumerateArray()
            .Where(q => q.TryGetProperty("via", out _))
            .Select(q => (q.GetProperty("quote").GetString()!, q.GetProperty("via").GetString()!))
            .ToList();
        return new Labels(
            root.GetProperty("publisher").GetString()!,
            root.TryGetProperty("publisher_flag", out var flag) && flag.GetBoolean(),
            root.GetProperty("title").GetString()!,
            root.GetProperty("date").GetString() is { } date ? DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) : null,
            root.TryGetProperty("url", out var url) ? new Uri(url.GetString()!) : null,
            root.GetProperty("paragraphs").GetInt32(),
            quotes,
            vias);
    }

    /// <summary>The curated seed file's direct quotes, each with every name and alias of its speaker.</summary>
    public static IReadOnlyList<ExpectedQuote> CuratedSeedQuotes()
    {
        var curated = CuratedSeedArticle;
        using var json = JsonDocument.Parse(File.ReadAllText(CuratedSeedPath));
        var actors = json.RootElement.GetProperty("actors").EnumerateArray().ToDictionary(
            a => a.GetProperty("id").GetString()!,
            a => a.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!).Prepend(a.GetProperty("name").GetString()!).ToList());
        return [.. json.RootElement.GetProperty("statements").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "direct_quote")
            .Select(s => new ExpectedQuote(s.GetProperty("paragraph").GetInt32(), s.GetProperty("quote").GetString()!, actors[s.GetProperty("speaker").GetString()!]))];
    }

    /// <summary>Ingests a fixture the way its labels say to (with --publisher when the text does not name it).</summary>
    public static IngestedArticle IngestLabelled(string file)
    {
        if (file == Seed)
        {
            return Ingest(file);
        }

        var labels = LabelsOf(file);
        return Ingest(file, labels.PublisherFlag ? new IngestOptions(Publisher: labels.Publisher) : null);
    }

    public sealed record Labels(
        string Publisher, bool PublisherFlag, string Title, DateOnly? Date, Uri? Url, int Paragraphs,
        IReadOnlyList<ExpectedQuote> Quotes, IReadOnlyList<(string Quote, string Via)> Vias);
}
