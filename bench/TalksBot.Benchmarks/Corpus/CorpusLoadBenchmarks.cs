using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;

namespace TalksBot.Benchmarks.Corpus;

/// <summary>Reading, validating and indexing a whole data directory.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CorpusLoadBenchmarks
{
    private string _directory = "";

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _directory = SyntheticCorpus.Directory(Articles);

    [Benchmark(Description = "load + validate + index")]
    public KnowledgeBase Load() => KnowledgeLoader.Load(_directory, TimeProvider.System);
}
