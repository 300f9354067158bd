using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;

namespace TalksBot.Benchmarks.Corpus;

/// <summary>Each question of the mixed set on its own, at 10,000 articles: the median answer time
/// is the median of these rows (a mean over the set hides which questions are slow).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class CorpusQuestionBenchmarks
{
    private IQueryEngine _engine = null!;

    public static IEnumerable<string> Questions => CorpusAnswerBenchmarks.Questions;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup() =>
        _engine = new QueryEngine(new KnowledgeStore(KnowledgeLoader.Load(SyntheticCorpus.Directory(10_000), TimeProvider.System)));

    [Benchmark(Description = "one question, 10,000 articles")]
    public Answer Ask() => _engine.Ask(Question);
}
