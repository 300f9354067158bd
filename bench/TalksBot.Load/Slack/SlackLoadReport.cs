using System.Globalization;

namespace TalksBot.Load.Slack;

/// <summary>What a run of Slack deliveries came to, counted at the fake Web API: answers posted per event
/// (a post the fake answered with 200), events never answered, events answered more than once (apart: those
/// whose deliveries overlapped a Redis outage, where the documented fallback can answer twice), and the
/// acknowledgement times of the bots' events endpoint.</summary>
public sealed record SlackLoadReport(
    int Deliveries,
    int Events,
    int Duplicates,
    int Redelivered,
    int Undelivered,
    int Answered,
    int Lost,
    int Duplicated,
    int DuplicatedInRedisOutage,
    int EventsInRedisOutage,
    int RefusedPosts,
    int LostAfterEveryPostRefused,
    double AckP50Ms,
    double AckP99Ms,
    double AckMaxMs,
    int NotAcknowledgedIn3s,
    TimeSpan Sending,
    TimeSpan AllAnswered,
    IReadOnlyList<string> DuplicatedOutsideOutage)
{
    /// <summary>Lost answers, or duplicates outside a Redis outage.</summary>
    public bool Failed => Lost > 0 || Undelivered > 0 || Duplicated - DuplicatedInRedisOutage > 0;

    public double DeliveriesPerSecond => Deliveries / Sending.TotalSeconds;

    public void Print(TextWriter output, string title)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"== {title}"));
        output.WriteLine(string.Create(c, $"  deliveries {Deliveries} ({Events} events + {Duplicates} duplicates/retries), sent in {Sending.TotalSeconds:F1} s = {DeliveriesPerSecond:F0}/s; refused and delivered again {Redelivered}; never acknowledged {Undelivered}"));
        output.WriteLine(string.Create(c, $"  acknowledged: p50 {AckP50Ms:F1} ms, p99 {AckP99Ms:F1} ms, max {AckMaxMs:F0} ms; not acknowledged within 3 s {NotAcknowledgedIn3s}"));
        output.WriteLine(string.Create(c, $"  answers: {Answered}/{Events} events answered, lost {Lost}, answered twice or more {Duplicated} (of them in a Redis outage window {DuplicatedInRedisOutage}; events in such a window {EventsInRedisOutage}); all answered {AllAnswered.TotalSeconds:F1} s after the first delivery"));
        output.WriteLine(string.Create(c, $"  Web API posts answered 429/5xx: {RefusedPosts}; events lost after the Web API refused every post (the bots' retry budget spent) {LostAfterEveryPostRefused}"));
        foreach (var line in DuplicatedOutsideOutage.Take(10))
        {
            output.WriteLine("  answered twice outside an outage: " + line);
        }

        output.WriteLine(Failed ? "  RESULT: FAILED" : "  RESULT: ok (every event answered exactly once" + (DuplicatedInRedisOutage > 0 ? ", apart from the Redis outage's counted duplicates)" : ")"));
    }
}
