using BenchmarkDotNet.Running;
using TalksBot.Benchmarks.Semantic;

return args switch
{
    [SemanticCorpusRun.Verb, .. var rest] => SemanticCorpusRun.Run(rest),
    [SemanticCorpusMeasurement.Verb, var directory] => SemanticCorpusMeasurement.Run(directory),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(TalksBot.Benchmarks.BenchmarkData).Assembly).Run(args);
    return 0;
}
