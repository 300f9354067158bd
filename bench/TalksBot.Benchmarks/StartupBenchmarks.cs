using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TalksBot.Benchmarks;

/// <summary>Process start to first answer: `TalksBot ask "…"` as a user runs it, from spawning the
/// process to the answer on standard output and exit, on the repository's data and on a synthetic
/// corpus (every load here is the process's first, with nothing compiled yet).</summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 6)]
public class StartupBenchmarks
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "TalksBot.dll");

    /// <summary>0: the repository's own data directory.</summary>
    [Params(0, 10_000)]
    public int Articles { get; set; }

    private string _dataDirectory = "";

    [GlobalSetup]
    public void Setup() => _dataDirectory = Articles == 0 ? BenchmarkData.Directory : Corpus.SyntheticCorpus.Directory(Articles);

    [Benchmark(Description = "process start → first answer")]
    public string StartAndAnswer()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Knowledge__DataDirectory"] = _dataDirectory;
        start.ArgumentList.Add(Executable);
        start.ArgumentList.Add("ask");
        start.ArgumentList.Add("who proposed neutrality");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException(process.StandardError.ReadToEnd());
    }
}
