using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TalksBot.Benchmarks;

/// <summary>Process start to first answer: `TalksBot ask "…"` as a user runs it, from spawning the
/// process to the answer on standard output and exit.</summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10)]
public class StartupBenchmarks
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "TalksBot.dll");

    [Benchmark(Description = "process start → first answer")]
    public string StartAndAnswer()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Executable);
        start.ArgumentList.Add("ask");
        start.ArgumentList.Add("who proposed neutrality");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException(process.StandardError.ReadToEnd());
    }
}
