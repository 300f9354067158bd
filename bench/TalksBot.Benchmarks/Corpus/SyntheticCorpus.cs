using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TalksBot.Benchmarks.Corpus;

/// <summary>Writes a corpus of N articles shaped like the seed: the same people and statements, a
/// different publisher and date each, and a few of the seed's words swapped for other English words
/// (the same swap in paragraphs and quotes, so every quote stays verbatim). Cached under the temp
/// folder, so each size is generated once.</summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Publishers = ["Reuters", "AP", "AFP", "BBC News", "CNN", "ABC News", "Interfax", "Xinhua", "The Guardian", "Al Jazeera"];

    public static string Directory(int articles)
    {
        var root = Path.Combine(Path.GetTempPath(), $"talksbot-synthetic-{articles}");
        var folder = Path.Combine(root, "articles");
        if (System.IO.Directory.Exists(folder) && System.IO.Directory.GetFiles(folder).Length == articles)
        {
            return root;
        }

        System.IO.Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(BenchmarkData.Directory, "vocabulary.json"), Path.Combine(root, "vocabulary.json"), overwrite: true);
        System.IO.Directory.CreateDirectory(Path.Combine(root, "english"));
        File.Copy(Path.Combine(BenchmarkData.Directory, "english", "common-words.txt"), Path.Combine(root, "english", "common-words.txt"), overwrite: true);

        var seedPath = System.IO.Directory.GetFiles(Path.Combine(BenchmarkData.Directory, "articles"), "*.json").Order(StringComparer.Ordinal).First();
        var seed = File.ReadAllText(seedPath);
        var pool = File.ReadAllLines(Path.Combine(BenchmarkData.Directory, "english", "common-words.txt")).Where(w => w.Length >= 5).ToArray();
        var swappable = new[] { "talks", "progress", "officials", "round", "delegation", "guarantees", "referendum", "activity", "movement", "numbers", "briefing", "signals", "efforts", "compromise", "conditions", "negotiations" };
        var random = new Random(articles);
        for (var i = 0; i < articles; i++)
        {
            var swaps = swappable.OrderBy(_ => random.Next()).Take(4).Select(word => (word, pool[random.Next(pool.Length)])).ToList();
            var article = JsonNode.Parse(seed)!.AsObject();
            var paragraphs = article["paragraphs"]!.AsArray();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                paragraphs[p] = Swap(paragraphs[p]!.GetValue<string>(), swaps);
            }

            foreach (var statement in article["statements"]!.AsArray())
            {
                statement!["quote"] = Swap(statement["quote"]!.GetValue<string>(), swaps);
            }

            var id = $"synthetic-{i:D5}";
            article["id"] = id;
            article["publisher"] = Publishers[i % Publishers.Length];
            article["date"] = new DateOnly(2022, 3, 1).AddDays(i % 60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            article["title"] = $"Istanbul talks report {i}";
            File.WriteAllText(Path.Combine(folder, id + ".json"), article.ToJsonString());
        }

        return root;
    }

    private static string Swap(string text, List<(string Word, string Replacement)> swaps)
    {
        foreach (var (word, replacement) in swaps)
        {
            text = Regex.Replace(text, $@"\b{word}\b", replacement);
        }

        return text;
    }
}
