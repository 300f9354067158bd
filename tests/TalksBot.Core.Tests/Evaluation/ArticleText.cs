using System.Text.Json;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Evaluation;

/// <summary>The paragraphs of every article in data/articles, read straight from the JSON files so
/// citations can be checked against the text rather than against the engine's own model.</summary>
internal static class ArticleText
{
    private static readonly Lazy<Dictionary<string, string[]>> Paragraphs = new(Load);

    /// <summary>The 1-based paragraph of an article, or null when either does not exist.</summary>
    public static string? Paragraph(string articleId, int number) =>
        Paragraphs.Value.TryGetValue(articleId, out var paragraphs) && number >= 1 && number <= paragraphs.Length
            ? paragraphs[number - 1]
            : null;

    private static Dictionary<string, string[]> Load()
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            result[root.GetProperty("id").GetString()!] = [.. root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!)];
        }

        return result;
    }
}
