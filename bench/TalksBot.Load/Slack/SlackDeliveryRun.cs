using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using TalksBot.Load.Cluster;

namespace TalksBot.Load.Slack;

/// <summary>Sends a plan's deliveries to the cluster's bots, a few at a time, the way Slack does: a delivery
/// not acknowledged with 200 within 3 s (refused, timed out, or the bot not listening) is delivered again with
/// the next <c>X-Slack-Retry-Num</c>, to the next bot (a load balancer skipping one that is down). Faults are
/// set off when their share of the deliveries has been sent; a rate spreads the deliveries (and so the faults) over time. Then waits for the answers and counts them.</summary>
public sealed class SlackDeliveryRun(LoadCluster cluster, HttpClient http)
{
    private const int MaxAttempts = 12;
    private static readonly TimeSpan SlackPatience = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan AnswerPatience = TimeSpan.FromSeconds(120);

    /// <summary>How long the count waits after every event has its answer, for a late second answer to show.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, ConcurrentBag<DateTimeOffset>> _sentAt = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<double> _ackMs = [];
    private int _redelivered;
    private int _undelivered;
    private int _timedOut;

    /// <param name="perSecond">Deliveries started per second at most; 0 sends as fast as <paramref name="concurrency"/> allows.</param>
    public async Task<SlackLoadReport> RunAsync(SlackDeliveryPlan plan, IReadOnlyList<ScheduledFault> faults, int concurrency, double perSecond = 0)
    {
        var pending = new Queue<ScheduledFault>(faults.OrderBy(f => f.AtShare));
        var running = new List<Task>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plan.Deliveries.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (i, _) =>
            {
                var due = perSecond > 0 ? TimeSpan.FromSeconds(i / perSecond) : TimeSpan.Zero;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                lock (pending)
                {
                    while (pending.Count > 0 && i >= pending.Peek().AtShare * plan.Deliveries.Count)
                    {
                        var fault = pending.Dequeue();
                        Console.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] fault: {fault.Name}");
                        running.Add(Task.Run(fault.Act));
                    }
                }

                await DeliverAsync(plan.Deliveries[i]);
            });
        var sending = clock.Elapsed;
        await Task.WhenAll(running);

        var ours = plan.Events.Select(e => e.Ts).ToHashSet(StringComparer.Ordinal);
        var answerPatience = Stopwatch.StartNew();
        while (answerPatience.Elapsed < AnswerPatience && AnswersPerEvent(ours).Count < ours.Count)
        {
            await Task.Delay(200);
        }

        var allAnswered = clock.Elapsed;
        await Task.Delay(Settle);
        return Count(plan, ours, sending, allAnswered);
    }

    private async Task DeliverAsync(SlackDelivery delivery)
    {
        var bots = cluster.Bots.Count;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            _sentAt.GetOrAdd(delivery.Event.EventId, _ => []).Add(DateTimeOffset.UtcNow);
            var clock = Stopwatch.StartNew();
            try
            {
                using var timeout = new CancellationTokenSource(SlackPatience);
                using var request = SignedEventRequest.Create(cluster.Bots[delivery.Bot].Address, cluster.SigningSecret, delivery);
                using var response = await http.SendAsync(request, timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    _ackMs.Add(clock.Elapsed.TotalMilliseconds);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // The bot is not listening (stopped): Slack delivers again.
            }
            catch (OperationCanceledException)
            {
                // No acknowledgement within 3 s: Slack delivers again.
                Interlocked.Increment(ref _timedOut);
            }

            Interlocked.Increment(ref _redelivered);
            delivery = delivery with { Bot = (delivery.Bot + 1) % bots, RetryNum = delivery.RetryNum + 1 };
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 200 * (attempt + 1))));
        }

        Interlocked.Increment(ref _undelivered);
    }

    private Dictionary<string, int> AnswersPerEvent(HashSet<string> ours) => cluster.Slack.CallsTo("chat.postMessage")
        .Where(c => c.Status == 200)
        .Select(c => c.Field("thread_ts"))
        .OfType<string>()
        .Where(ours.Contains)
        .CountBy(ts => ts)
        .ToDictionary(StringComparer.Ordinal);

    private SlackLoadReport Count(SlackDeliveryPlan plan, HashSet<string> ours, TimeSpan sending, TimeSpan allAnswered)
    {
        var answers = AnswersPerEvent(ours);
        var inOutage = plan.Events.Where(e => OverlapsRedisOutage(e.EventId)).Select(e => e.Ts).ToHashSet(StringComparer.Ordinal);
        var duplicated = answers.Where(a => a.Value > 1).Select(a => a.Key).ToList();
        var refused = cluster.Slack.CallsTo("chat.postMessage")
            .Where(c => c.Status != 200).Select(c => c.Field("thread_ts")).OfType<string>().Where(ours.Contains).ToList();
        var acks = _ackMs.ToArray();
        var refusedOnly = plan.Events.Count(e => !answers.ContainsKey(e.Ts) && refused.Contains(e.Ts));
        var outside = duplicated.Where(ts => !inOutage.Contains(ts)).Select(ts => plan.Events.First(e => e.Ts == ts).EventId).Select(Timeline).ToList();
        return new SlackLoadReport(
            plan.Deliveries.Count,
            plan.Events.Count,
            plan.Deliveries.Count - plan.Events.Count,
            _redelivered,
            _undelivered,
            answers.Count,
            plan.Events.Count - answers.Count,
            duplicated.Count,
            duplicated.Count(inOutage.Contains),
            inOutage.Count,
            refused.Count,
            refusedOnly,
            Percentiles.Of(acks, 50),
            Percentiles.Of(acks, 99),
            acks.Length == 0 ? double.NaN : acks.Max(),
            _timedOut,
            sending,
            allAnswered,
            outside);
    }

    /// <summary>An event id with the times of its deliveries, for a duplicate that needs explaining.</summary>
    private string Timeline(string eventId)
    {
        var start = _sentAt.Values.SelectMany(t => t).Min();
        var times = _sentAt.TryGetValue(eventId, out var bag) ? bag.Order().Select(t => $"{(t - start).TotalSeconds:F2}") : [];
        var outages = cluster.RedisOutages.Select(o => $"{(o.From - start).TotalSeconds:F2}–{(o.To - start).TotalSeconds:F2}");
        return $"{eventId} delivered at {string.Join(", ", times)} s (Redis outages {string.Join(", ", outages)} s)";
    }

    /// <summary>An event whose deliveries began before an outage ended and went on after it began: its claim may
    /// have been made in a bot's memory, or lost with the restarted (empty) server.</summary>
    private bool OverlapsRedisOutage(string eventId)
    {
        if (!_sentAt.TryGetValue(eventId, out var times) || times.IsEmpty)
        {
            return false;
        }

        var first = times.Min();
        var last = times.Max();
        return cluster.RedisOutages.Any(o => first <= o.To && last >= o.From);
    }
}
