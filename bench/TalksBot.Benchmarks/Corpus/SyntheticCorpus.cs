using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TalksBot.Benchmarks.Corpus;

/// <summary>Writes a corpus of N articles shaped like the seed: the same people and statements, a
/// different publisher and date each, and a few of the seed's words swapped for other English words
/// (the same swap in paragraphs and quotes, so every quote stays verbatim). Cached under the temp
/// folder, so each size is generated once.</summary>
internal static partial class SyntheticCorpus
{
    private static readonly string[] Publishers = ["Reuters", "AP", "AFP", "BBC News", "CNN", "ABC News", "Interfax", "Xinhua", "The Guardian", "Al Jazeera"];

    public static string Directory(int articles) => Write(articles, "synthetic", SwapSomeWords);

    /// <summary>Like <see cref="Directory"/>, but about half of each article's lower-case words of four
    /// letters or more are replaced by random English words (one replacement per word and article, in
    /// paragraphs and quotes alike), so statement texts differ from article to article as real
    /// coverage does, while names, speakers, roles and topics keep the seed's structure.</summary>
    public static string VariedDirectory(int articles) => Write(articles, "varied", SwapHalfTheWords);

    private static string Write(int articles, string kind, Func<string, string[], Random, List<(string Word, string Replacement)>> chooseSwaps)
    {
        var root = Path.Combine(Path.GetTempPath(), $"talksbot-{kind}-{articles}");
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
        var random = new Random(articles);
        for (var i = 0; i < articles; i++)
        {
            var swaps = chooseSwaps(seed, pool, random);
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

    private static List<(string Word, string Replacement)> SwapSomeWords(string seed, string[] pool, Random random) =>
        [.. Swappable.OrderBy(_ => random.Next()).Take(4).Select(word => (word, pool[random.Next(pool.Length)]))];

    private static List<(string Word, string Replacement)> SwapHalfTheWords(string seed, string[] pool, Random random)
    {
        var words = JsonNode.Parse(seed)!["paragraphs"]!.AsArray().SelectMany(p => LowerCaseWord().Matches(p!.GetValue<string>()))
            .Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. words.Where(_ => random.Next(2) == 0).Select(word => (word, pool[random.Next(pool.Length)]))];
    }

    private static string Swap(string text, List<(string Word, string Replacement)> swaps)
    {
        if (swaps.Count == 0)
        {
            return text;
        }

        var replacements = swaps.ToDictionary(s => s.Word, s => s.Replacement, StringComparer.Ordinal);
        var pattern = string.Join('|', replacements.Keys.Select(Regex.Escape));
        return Regex.Replace(text, $@"\b(?:{pattern})\b", m => replacements[m.Value]);
    }

    private static readonly string[] Swappable =
        ["talks", "progress", "officials", "round", "delegation", "guarantees", "referendum", "activity", "movement", "numbers", "briefing", "signals", "efforts", "compromise", "conditions", "negotiations"];

    [GeneratedRegex(@"\b[a-z]{4,}\b")]
    private static partial Regex LowerCaseWord();
}
