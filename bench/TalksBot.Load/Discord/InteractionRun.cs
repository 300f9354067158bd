using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Load.Discord;

/// <summary>Posts signed /ask interactions (application command, type 2) to the bots' <c>/discord/interactions</c>
/// in turn, each at its slot of a fixed rate whatever the earlier ones are doing, and times each response.</summary>
public sealed class InteractionRun(HttpClient http, SigningKey key, IReadOnlyList<Uri> bots, IReadOnlyList<string> questions)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);
    private long _nextId = 900_000_000_000_000_000L + (Stopwatch.GetTimestamp() % 1_000_000_000L) * 1000;

    public async Task<InteractionReport> RunAsync(int count, double perSecond)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        int answered = 0, deferred = 0, failed = 0, late = 0;
        var clock = Stopwatch.StartNew();
        var posts = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var bot = bots[i % bots.Count];
            var question = questions[i % questions.Count];
            posts.Add(Task.Run(async () =>
            {
                var (type, ms, outcome) = await PostAsync(bot, question);
                latencies.Add(ms);
                if (ms > Deadline.TotalMilliseconds)
                {
                    Interlocked.Increment(ref late);
                }

                _ = type switch
                {
                    4 => Interlocked.Increment(ref answered),
                    5 => Interlocked.Increment(ref deferred),
                    _ => Interlocked.Increment(ref failed),
                };
                if (type is not (4 or 5))
                {
                    failures.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                }
            }));
        }

        await Task.WhenAll(posts);
        var all = latencies.ToArray();
        return new InteractionReport(count, answered, deferred, failed, late, Percentiles.Of(all, 50), Percentiles.Of(all, 99), all.Max(), perSecond, clock.Elapsed,
            failures.ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The interaction response's type (0 when it failed), how long the response took, and what came back.</summary>
    private async Task<(int Type, double Ms, string Outcome)> PostAsync(Uri bot, string question)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var body = GatewaySamples.Ask(question, id: id);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot, "discord/interactions"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", key.Sign(timestamp, body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var ms = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (0, ms, "HTTP " + (int)response.StatusCode);
            }

            var type = JsonDocument.Parse(text).RootElement.GetProperty("type").GetInt32();
            return (type, ms, "type " + type.ToString(CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException e)
        {
            return (0, clock.Elapsed.TotalMilliseconds, e.HttpRequestError.ToString());
        }
    }
}
