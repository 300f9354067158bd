using System.Globalization;

namespace TalksBot.Load.Discord;

/// <summary>Signed /ask interactions posted to the bots' interactions endpoint at a fixed rate: how many were
/// answered (type 4) or deferred (type 5) within Discord's 3 s, and how fast.</summary>
public sealed record InteractionReport(
    int Sent,
    int Answered,
    int Deferred,
    int Failed,
    int Late,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double OfferedPerSecond,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> Failures)
{
    public bool FailedRun => Failed > 0 || Late > 0;

    public double CompletedPerSecond => (Answered + Deferred) / Elapsed.TotalSeconds;

    public void Print(TextWriter output, string title)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"== {title}"));
        output.WriteLine(string.Create(c, $"  interactions {Sent} offered at {OfferedPerSecond:F0}/s: answered {Answered}, deferred {Deferred}, failed {Failed}, over 3 s {Late}"));
        output.WriteLine(string.Create(c, $"  response time p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms, max {MaxMs:F0} ms; throughput {CompletedPerSecond:F0}/s over {Elapsed.TotalSeconds:F1} s"));
        if (Failures.Count > 0)
        {
            output.WriteLine("  failures: " + string.Join(", ", Failures.Select(f => $"{f.Key} × {f.Value}")));
        }

        output.WriteLine(FailedRun ? "  RESULT: FAILED" : "  RESULT: ok (every interaction answered or deferred within 3 s)");
    }
}
