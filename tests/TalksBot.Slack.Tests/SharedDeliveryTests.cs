using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TalksBot.Slack.Processing;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.State;
using TalksBot.TestKit;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>Two bot instances behind one fake Slack receive the same deliveries (each event, Slack's retries
/// of it, and the same message under a second event id): with a real redis-server shared between them each
/// event is answered exactly once; with the in-memory default each instance deduplicates on its own.</summary>
public sealed class SharedDeliveryTests : IAsyncLifetime
{
    private const int Events = 200;

    private RedisServer _redis = null!;
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.SharedOrOwnAsync();
        _slack = await FakeSlackServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstancesSharingRedis_OverHttp_EveryDeliveryToBoth_EachEventAnsweredOnce()
    {
        var prefix = UniquePrefix();
        await using var first = await StartAsync(_redis.Endpoint, prefix, socketMode: false);
        await using var second = await StartAsync(_redis.Endpoint, prefix, socketMode: false);
        using var firstDropped = Deduplicated(first);
        using var secondDropped = Deduplicated(second);

        // Per event: the delivery to one instance, Slack's retries to both, and the same message under another event id.
        var deliveries = new List<Task>();
        for (var i = 0; i < Events; i++)
        {
            deliveries.Add(DeliverAsync(first, Event("Ev" + i, i), 0));
            deliveries.Add(DeliverAsync(second, Event("Ev" + i, i), 1));
            deliveries.Add(DeliverAsync(first, Event("Ev" + i, i), 2));
            deliveries.Add(DeliverAsync(second, Event("EvOther" + i, i), 0));
        }

        await Task.WhenAll(deliveries);

        await AssertAnsweredOnceEachAsync(first, second);
        Assert.Equal(Events * 3, firstDropped.GetMeasurementSnapshot().Sum(m => m.Value) + secondDropped.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    [Fact]
    public async Task TwoInstancesSharingRedis_SocketModeRetrySpreadAcrossConnections_EachEventAnsweredOnce()
    {
        var prefix = UniquePrefix();
        await using var first = await StartAsync(_redis.Endpoint, prefix, socketMode: true);
        await using var second = await StartAsync(_redis.Endpoint, prefix, socketMode: true);
        var sockets = new[] { await _slack.WaitForSocketAsync(0), await _slack.WaitForSocketAsync(1) };

        var envelopes = new List<(FakeSocket Socket, string Id)>();
        for (var i = 0; i < Events; i++)
        {
            // Slack sends a retry on another connection, which may belong to the other instance.
            envelopes.Add((sockets[i % 2], await sockets[i % 2].SendEnvelopeAsync("events_api", Event("Ev" + i, i))));
            envelopes.Add((sockets[(i + 1) % 2], await sockets[(i + 1) % 2].SendEnvelopeAsync("events_api", Event("Ev" + i, i), retryAttempt: 1, retryReason: "timeout")));
        }

        await AssertAnsweredOnceEachAsync(first, second);
        foreach (var (socket, id) in envelopes)
        {
            await Eventually.TrueAsync(() => socket.IsAcked(id), "the ack of " + id);
        }
    }

    [Fact]
    public async Task DeliveryRefusedByOneInstance_ItsClaimIsReleased_AndSlacksRetryToTheOtherIsAnswered()
    {
        var prefix = UniquePrefix();
        await using var stopping = await StartAsync(_redis.Endpoint, prefix, socketMode: false);
        await using var serving = await StartAsync(_redis.Endpoint, prefix, socketMode: false);
        stopping.Services.GetRequiredService<SlackWorkQueue>().Close();

        using var refused = await stopping.PostEventAsync(Event("EvRefused", 0), Retry(0));
        using var retried = await serving.PostEventAsync(Event("EvRefused", 0), Retry(1));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await Eventually.TrueAsync(() => _slack.CallsTo("chat.postMessage").Count >= 1, "the answer");
        await Eventually.SettleAsync();
        Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Single(serving.Router.Messages);
    }

    [Fact]
    public async Task InMemoryDefault_EachInstanceDeduplicatesItsOwnDeliveriesOnly()
    {
        await using var first = await StartAsync(redis: null, UniquePrefix(), socketMode: false);
        await using var second = await StartAsync(redis: null, UniquePrefix(), socketMode: false);
        using var firstDropped = Deduplicated(first);

        foreach (var (host, retry) in new[] { (first, 0), (first, 1), (second, 2) })
        {
            using var response = await host.PostEventAsync(Event("EvMem", 0), Retry(retry));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Without shared state the second instance cannot know the first answered: the documented limit of the default.
        await Eventually.TrueAsync(() => _slack.CallsTo("chat.postMessage").Count >= 2, "both instances' answers");
        await Eventually.SettleAsync();
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
        Assert.Single(first.Router.Messages);
        Assert.Single(second.Router.Messages);
        Assert.Equal(1, firstDropped.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    private async Task AssertAnsweredOnceEachAsync(BotHost first, BotHost second)
    {
        await Eventually.TrueAsync(() => _slack.CallsTo("chat.postMessage").Count >= Events, $"{Events} answers");
        await Eventually.SettleAsync();
        var posts = _slack.CallsTo("chat.postMessage");
        Assert.Equal(Events, posts.Count);
        Assert.Equal(Events, posts.Select(p => p.Field("channel")).Distinct().Count());
        var questions = first.Router.Messages.Concat(second.Router.Messages).Select(m => m.Text).ToList();
        Assert.Equal(Events, questions.Count);
        Assert.Equal(Events, questions.Distinct().Count());
    }

    /// <summary>Event <paramref name="n"/>: a mention in a channel of its own (so per-channel pacing never waits on the fake clock).</summary>
    private static JsonObject Event(string eventId, int n)
    {
        var body = AppMention(eventId, Mention("question number " + n.ToString(CultureInfo.InvariantCulture)), ts: "1515449522." + n.ToString("D6", CultureInfo.InvariantCulture));
        body["event"]!["channel"] = "C" + n.ToString("D8", CultureInfo.InvariantCulture);
        return body;
    }

    /// <summary>Posts a delivery as Slack does: a refusal (503, the instance's queue full) is delivered again as the next retry.</summary>
    private static async Task DeliverAsync(BotHost host, JsonObject body, int retry)
    {
        for (var attempt = retry; ; attempt++)
        {
            using var response = await host.PostEventAsync(body, Retry(attempt));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == retry + 20)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return;
            }

            await Task.Delay(100);
        }
    }

    private static Action<HttpRequestMessage> Retry(int attempt) => request =>
    {
        if (attempt > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
    };

    private static string UniquePrefix() => $"talksbot-test:{Guid.NewGuid():N}:";

    private static MetricCollector<long> Deduplicated(BotHost host) =>
        new(host.Services.GetRequiredService<IMeterFactory>(), StateServiceCollectionExtensions.MeterName, "talksbot.deliveries.deduplicated");

    private Task<BotHost> StartAsync(string? redis, string prefix, bool socketMode)
    {
        var settings = BotHost.Settings(_slack, socketMode: socketMode, http: !socketMode);
        settings["Redis:Configuration"] = redis;
        settings["Redis:KeyPrefix"] = prefix;
        return BotHost.StartAsync(settings);
    }
}
