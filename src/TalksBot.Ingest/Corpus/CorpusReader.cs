using System.Globalization;
using System.Text.Json;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Input;
using TalksBot.Ingest.Serialization;

namespace TalksBot.Ingest.Corpus;

/// <summary>Reads what ingest needs from a data directory: the vocabulary's topics, and the articles already
/// there (for their actors). An unreadable article is skipped with a warning; the host's loader reports it.</summary>
internal static class CorpusReader
{
    public static Vocabulary ReadVocabulary(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "vocabulary.json");
        if (!File.Exists(path))
        {
            throw new IngestRefusedException($"{path} not found: --data must point at a TalksBot data directory");
        }

        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(path), IngestJsonContext.Default.VocabularyFile);
            var topics = (file?.Topics ?? []).Select(t => new Topic(t.Id, t.Label ?? t.Id, t.Terms ?? [])).ToList();
            return Vocabulary.Empty with { Topics = topics };
        }
        catch (JsonException e)
        {
            throw new IngestRefusedException($"{path}: not valid JSON ({e.Message})");
        }
    }

    public static List<Article> ReadArticles(string dataDirectory, string? exceptId, Action<string> warn)
    {
        var folder = Path.Combine(dataDirectory, "articles");
        var articles = new List<Article>();
        if (!Directory.Exists(folder))
        {
            return articles;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileNameWithoutExtension(path) == exceptId)
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize(File.ReadAllText(path), IngestJsonContext.Default.ArticleFile) is { } file)
                {
                    articles.Add(ToArticle(file));
                }
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
            {
                warn($"skipped {Path.GetFileName(path)} when matching actors: {e.Message}");
            }
        }

        return articles;
    }

    private static Article ToArticle(ArticleFile f) => new(
        f.Id,
        f.Publisher,
        f.Date is null ? null : DateOnly.ParseExact(f.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        f.Title,
        f.Url is null ? null : new Uri(f.Url),
        f.Event,
        f.Paragraphs,
        [.. f.Actors.Select(a => new Actor(a.Id, Enum.Parse<ActorKind>(a.Kind, ignoreCase: true), a.Name, a.Role, a.Affiliation, a.Aliases ?? []))],
        [.. (f.Places ?? []).Select(p => new Place(p.Name, p.Aliases ?? []))],
        []);
}
