using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;

namespace TalksBot.Benchmarks.Corpus;

/// <summary>How load time, answer time and memory grow with the corpus: 1, 100, 1,000 and 10,000
/// articles of the seed's size (22 statements each).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class CorpusAnswerBenchmarks
{
    /// <summary>Asked in turn, so no question's postings stay warm in the cache for the next call.</summary>
    internal static readonly string[] Questions =
    [
        "who proposed neutrality", "did Russia really pull back from Kyiv?", "what did Kirby say about withdrawal",
        "who leads the russian delegation", "what did Reuters report on March 29", "neutralty", "is this a ceasefire",
        "what about crimea", "who won the world cup", "Zelenskiy defences",
    ];

    private IQueryEngine _engine = null!;
    private int _next;

    [Params(1, 100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var directory = SyntheticCorpus.Directory(Articles);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var knowledge = KnowledgeLoader.Load(directory, TimeProvider.System);
        clock.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// corpus {Articles} articles, {knowledge.StatementCount} statements: loaded in {clock.Elapsed.TotalSeconds:F2} s, {retained / 1024 / 1024} MB retained");
        _engine = new QueryEngine(new KnowledgeStore(knowledge));
        foreach (var question in Questions)
        {
            _engine.Ask(question);
        }
    }

    [Benchmark(Description = "one question of the mixed set")]
    public Answer Ask() => _engine.Ask(Questions[_next++ % Questions.Length]);
}
