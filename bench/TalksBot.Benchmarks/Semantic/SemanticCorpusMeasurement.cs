using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.Semantic;

namespace TalksBot.Benchmarks.Semantic;

/// <summary>One fresh process doing what the bot does at start, then answering every development
/// question once (distinct questions: each pays for its own embedding when it reaches the semantic
/// stage). Prints the load phases timed from process start, the answer-time median and 99th
/// percentile, and resident memory.</summary>
internal static class SemanticCorpusMeasurement
{
    public const string Verb = "semantic-corpus-measure";
    public const int Dimensions = 384;
    private const int Sample = 50;

    public static int Run(string directory)
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        double Since() => (DateTime.UtcNow - started).TotalSeconds;

        // The CPU the process has used so far, all threads: on a shared machine it varies far less than the clock.
        static double Cpu() => Environment.CpuUsage.TotalTime.TotalSeconds;

        var knowledge = KnowledgeLoader.Load(directory, TimeProvider.System);
        var loaded = Since();
        var loadedCpu = Cpu();
        using var embedder = new MiniLmEmbedder(SemanticCorpusRun.CachePath(directory), NullLogger<MiniLmEmbedder>.Instance);
        var semantic = new SemanticSearch(embedder, NullLogger<SemanticSearch>.Instance);
        // As the bot's SemanticWarmup does: vectors and model side by side once the articles are loaded.
        var vectors = semantic.PrepareAsync(knowledge).ContinueWith(_ => (Since(), Cpu()), TaskScheduler.Default);
        var model = Task.Run(() => { embedder.LoadModel(); return Since(); });
        Task.WaitAll(vectors, model);
        Print($"  load from process start: articles indexed {loaded:F2} s, statement vectors from the cache {vectors.Result.Item1:F2} s, model loaded {model.Result:F2} s ({knowledge.StatementCount} statements)");
        Print($"  CPU used by then (all threads): articles indexed {loadedCpu:F2} s, statement vectors ready {vectors.Result.Item2:F2} s (the model loading beside them included); load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3])}");

        var engine = new QueryEngine(new KnowledgeStore(knowledge), semantic);
        var questions = BenchmarkData.DevelopmentQuestions();
        var times = new double[questions.Length];
        for (var i = 0; i < questions.Length; i++)
        {
            var clock = Stopwatch.GetTimestamp();
            _ = engine.Ask(questions[i]);
            times[i] = Stopwatch.GetElapsedTime(clock).TotalMilliseconds;
        }

        Print($"  {questions.Length} distinct questions: {Spread(times)}");

        // Where a question's time goes when it reaches the semantic stage: its embedding, and a scan of
        // every statement vector (timed on a second search, when the question's vector is remembered).
        var sample = questions.Take(Sample).ToArray();
        var embeddings = sample.Select(q => Timed(() => embedder.EmbedQuestion(q))).ToArray();
        var scans = sample.Select(q =>
        {
            _ = semantic.Nearest(knowledge.Index, q, 1);
            return Timed(() => semantic.Nearest(knowledge.Index, q, 1));
        }).ToArray();
        Print($"  semantic stage, {Sample} questions: embedding {Spread(embeddings)}; nearest of {knowledge.StatementCount} statement vectors {Spread(scans)}");
        Print($"  resident memory {Status("VmRSS")}, peak {Status("VmHWM")}; managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MB");
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Print($"  after a full collection: resident memory {Status("VmRSS")}; managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MB");
        GC.KeepAlive(knowledge);
        return 0;
    }

    private static double Timed(Action action)
    {
        var clock = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(clock).TotalMilliseconds;
    }

    private static string Spread(double[] times)
    {
        Array.Sort(times);
        return string.Create(CultureInfo.InvariantCulture,
            $"median {times[times.Length / 2]:F2} ms, p99 {times[(int)(times.Length * 0.99)]:F1} ms, mean {times.Average():F2} ms");
    }

    private static string Status(string field) =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))?[(field.Length + 1)..].Trim() ?? "?";

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
