using System.Text.Json;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Questions;

/// <summary>The articles' paragraphs read straight from data/articles/*.json, not through the loader,
/// so a citation is checked against the text as curated rather than against what Core made of it.</summary>
internal static class ArticleParagraphs
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> ById = new(Load);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All => ById.Value;

    public static IReadOnlyList<string> Of(string articleId) =>
        All.TryGetValue(articleId, out var paragraphs)
            ? paragraphs
            : throw new KeyNotFoundException("No article with id " + articleId + " in data/articles");

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Load()
    {
        var articles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
            articles.Add(root.GetProperty("id").GetString() ?? "", paragraphs);
        }

        return articles;
    }
}
