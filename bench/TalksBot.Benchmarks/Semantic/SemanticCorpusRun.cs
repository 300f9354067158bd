using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TalksBot.Benchmarks.Corpus;
using TalksBot.Core.Loading;
using TalksBot.Core.Semantic;
using TalksBot.Semantic;

namespace TalksBot.Benchmarks.Semantic;

/// <summary><c>semantic-corpus [articles] [--embed]</c>: the bot with the sentence model at corpus
/// size. Writes a varied synthetic corpus (<see cref="SyntheticCorpus.VariedDirectory"/>), fills its
/// vector cache once, then measures three fresh processes (<see cref="SemanticCorpusMeasurement"/>).
/// With <c>--embed</c> the cache is filled by the model and the embedding rate is printed; without it,
/// statements the cache lacks get seeded random unit vectors: loading, the nearest-statement scan and
/// memory do not depend on the values, answers do (so answer quality is not measured that way).</summary>
internal static class SemanticCorpusRun
{
    public const string Verb = "semantic-corpus";
    private const int Runs = 3;

    public static int Run(string[] args)
    {
        var articles = args.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 10_000);
        var directory = SyntheticCorpus.VariedDirectory(articles);
        var cachePath = CachePath(directory);
        var knowledge = KnowledgeLoader.Load(directory, TimeProvider.System);
        var texts = knowledge.Index.Statements.Select(SemanticSearch.TextOf).ToArray();
        Console.WriteLine($"corpus: {articles} articles, {texts.Length} statements, {texts.Distinct(StringComparer.Ordinal).Count()} distinct texts, in {directory}");
        if (args.Contains("--embed"))
        {
            Embed(cachePath, texts);
        }
        else
        {
            AddRandomVectors(cachePath, texts);
        }

        for (var run = 1; run <= Runs; run++)
        {
            Console.WriteLine($"run {run}:");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false };
            start.ArgumentList.Add(typeof(SemanticCorpusRun).Assembly.Location);
            start.ArgumentList.Add(SemanticCorpusMeasurement.Verb);
            start.ArgumentList.Add(directory);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return process.ExitCode;
            }
        }

        return 0;
    }

    public static string CachePath(string directory) => Path.Combine(directory, new SemanticOptions().CacheFile);

    private static void Embed(string cachePath, string[] texts)
    {
        using var embedder = new MiniLmEmbedder(cachePath, NullLogger<MiniLmEmbedder>.Instance);
        var known = new VectorCacheFile(cachePath).Read();
        var missing = texts.Select(VectorCacheFile.KeyOf).Distinct().Count(k => !known.ContainsKey(k));
        var clock = Stopwatch.StartNew();
        embedder.EmbedStatements(texts);
        Console.WriteLine($"vector cache: {missing} texts embedded by the model in {clock.Elapsed.TotalSeconds:F1} s" +
            (missing > 0 ? $" ({missing / clock.Elapsed.TotalSeconds:F1} per second, model load included)" : ""));
    }

    private static void AddRandomVectors(string cachePath, string[] texts)
    {
        var cache = new VectorCacheFile(cachePath);
        var vectors = cache.Read();
        var random = new Random(texts.Length);
        var added = 0;
        foreach (var key in texts.Select(VectorCacheFile.KeyOf).Where(k => !vectors.ContainsKey(k)).Distinct())
        {
            vectors[key] = RandomUnitVector(random);
            added++;
        }

        if (added > 0)
        {
            cache.Write(vectors);
        }

        Console.WriteLine($"vector cache: {added} seeded random unit vectors added ({vectors.Count} in the file; not the model's)");
    }

    private static float[] RandomUnitVector(Random random)
    {
        var vector = new float[SemanticCorpusMeasurement.Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() * 2 - 1);
        }

        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / length)];
    }
}
