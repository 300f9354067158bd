using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TalksBot.Core.Chat;
using TalksBot.Discord.Messages;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Interactions;

/// <summary>A deferred interaction's late reply (the edit of <c>@original</c>, a follow-up) that Discord refuses for a
/// while is kept and tried again while the interaction token works, posted once; past the token's 15 minutes it is
/// given up with a warning and the metric; a follow-up whose outcome is unknown is never posted a second time.</summary>
public sealed class KeptInteractionRepliesTests : IAsyncLifetime
{
    private const string Timestamp = "1648544400";
    private const string GivenUp = "talksbot.discord.replies.given_up";
    private static readonly string Webhook = $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}";
    private static readonly string Original = Webhook + "/messages/@original";

    private readonly SigningKey _key = new();
    private readonly HttpClient _http = new();
    private FakeDiscordServer _fake = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync();
        _bot = await BotHost.StartAsync(_fake, settings =>
        {
            BotHost.HttpOnly(_key)(settings);
            // Longer than the token lives, so that the token's 15 minutes are what ends a kept reply.
            settings["Discord:RetryQueueMaxAge"] = "00:30:00";
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
        _http.Dispose();
        _key.Dispose();
    }

    private ReplyPoster Replies => _bot.Services.GetRequiredService<ReplyPoster>();

    [Fact]
    public async Task DeferredEdit_RateLimitedPastTheCallsBudget_ThenAccepted_EditedOnce()
    {
        // Six 429s outlast one call's five waits, so the edit is kept and tried again from the queue.
        for (var i = 0; i < 6; i++)
        {
            _fake.Script(ScriptedResponse.TooManyRequests("PATCH", Original, retryAfter: 1));
        }

        await AskDeferredAsync(GatewaySamples.Ask("who proposed neutrality"));
        await _bot.Time.AdvanceUntilAsync(() => Edits().Any(r => r.Status == 200) && Replies.Kept == 0, TimeSpan.FromMilliseconds(500));
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(100);

        var edits = Edits();
        Assert.Equal(7, edits.Count);
        Assert.Equal(1, edits.Count(r => r.Status == 200));
        Assert.Contains("Negotiator One", edits[^1].Request.Json.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Contains(_bot.Logs.Entries, e => e.Id.Id == 3071 && e.Message.Contains("interaction 786008729715212338", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Logs.Entries, e => e.Id.Id == 3072);
        Assert.DoesNotContain(_bot.Logs.Entries, e => e.Message.Contains(GatewaySamples.InteractionToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeferredEdit_ServerErrorsPastTheTokensFifteenMinutes_GivenUpAsExpired_WithTheMetric()
    {
        using var givenUp = new MetricCollector<long>(_bot.Services.GetRequiredService<IMeterFactory>(), DiscordServiceCollectionExtensions.MeterName, GivenUp);
        for (var i = 0; i < 400; i++)
        {
            _fake.Script(new ScriptedResponse("PATCH", Original, 503));
        }

        await AskDeferredAsync(GatewaySamples.Ask("who proposed neutrality"));
        await _bot.Time.AdvanceUntilAsync(() => _bot.Logs.Entries.Any(e => e.Id.Id == 3072), TimeSpan.FromSeconds(5), maxSteps: 400);
        var triesWhenGivenUp = Edits().Count;
        _bot.Time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(100);

        var warning = Assert.Single(_bot.Logs.Entries, e => e.Id.Id == 3072);
        Assert.Contains("expired", warning.Message, StringComparison.Ordinal);
        Assert.Equal("expired", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.Equal(0, Replies.Kept);
        Assert.All(Edits(), r => Assert.Equal(503, r.Status));
        Assert.Equal(triesWhenGivenUp, Edits().Count);
        // The token's fifteen minutes run from when the bot got the interaction, which is before its first edit. The
        // fake stamps a request when it handles it, and the clock moves 5 s a step meanwhile: a few steps of slack.
        Assert.InRange(Edits()[^1].Request.ReceivedAt - Edits()[0].Request.ReceivedAt, TimeSpan.FromMinutes(10),
            InteractionReply.TokenLifetime + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task PrivateFollowUp_NoAnswer_IsNotPostedAgain_AndCountedUnconfirmed()
    {
        using var givenUp = new MetricCollector<long>(_bot.Services.GetRequiredService<IMeterFactory>(), DiscordServiceCollectionExtensions.MeterName, GivenUp);
        _fake.Script(ScriptedResponse.Hung("POST", Webhook));
        _bot.Router.Answer = _ => new Reply(ReplyKind.Help, "How to ask");

        await AskDeferredAsync(GatewaySamples.Ask("help me"));
        await _bot.Time.AdvanceUntilAsync(() => _bot.Logs.Entries.Any(e => e.Id.Id == 3074), TimeSpan.FromSeconds(1));
        _bot.Time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(100);

        Assert.Single(_fake.Requests, r => r.Method == "DELETE" && r.Path == Original);
        Assert.Single(_fake.Requests, r => r.Method == "POST" && r.Path == Webhook);
        Assert.Equal("unconfirmed", Assert.Single(givenUp.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.Equal(0, Replies.Kept);
    }

    [Fact]
    public async Task PrivateFollowUp_BehindAKeptDeletion_PostedAfterIt_Once()
    {
        for (var i = 0; i < 4; i++)
        {
            _fake.Script(new ScriptedResponse("DELETE", Original, 502));
        }

        _bot.Router.Answer = _ => new Reply(ReplyKind.Help, "How to ask");

        await AskDeferredAsync(GatewaySamples.Ask("help me"));
        await _bot.Time.AdvanceUntilAsync(() => _fake.Requests.Any(r => r.Method == "POST" && r.Path == Webhook) && Replies.Kept == 0, TimeSpan.FromMilliseconds(500));

        var calls = _fake.Requests.Where(r => r.Path.StartsWith(Webhook, StringComparison.Ordinal)).Select(r => r.Method).ToList();
        Assert.Equal(["DELETE", "DELETE", "DELETE", "DELETE", "DELETE", "POST"], calls);
        Assert.Equal(64, _fake.Requests.Single(r => r.Method == "POST" && r.Path == Webhook).Json.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Shutdown_TriesAKeptEditOnceMore()
    {
        for (var i = 0; i < 6; i++)
        {
            _fake.Script(ScriptedResponse.TooManyRequests("PATCH", Original, retryAfter: 60));
        }

        await AskDeferredAsync(GatewaySamples.Ask("who proposed neutrality"));
        await _bot.Time.AdvanceUntilAsync(() => Replies.Kept == 1, TimeSpan.FromSeconds(5));

        var lost = await _bot.Time.AdvanceUntilAsync(Replies.FlushAsync(CancellationToken.None), TimeSpan.FromSeconds(5));

        Assert.Equal(0, lost);
        Assert.Equal(1, Edits().Count(r => r.Status == 200));
        Assert.Contains(_bot.Logs.Entries, e => e.Id.Id == 3073 && e.Message.Contains("0 kept replies lost, 1 posted", StringComparison.Ordinal));
    }

    private List<(RecordedRequest Request, int Status)> Edits() =>
        [.. _fake.Requests.Where(r => r.Method == "PATCH" && r.Path == Original).Select(r => (r, r.Status))];

    /// <summary>Posts with the router held until the bot has deferred, then lets the answer through.</summary>
    private async Task AskDeferredAsync(string body)
    {
        _bot.Router.Hold = new TaskCompletionSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.HttpAddress!, "/discord/interactions"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", _key.Sign(Timestamp, body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", Timestamp);
        // Steps until the answer: the bot defers on its own clock from when the request reached it, which a busy
        // machine may delay past a fixed number of steps.
        using var response = await _bot.Time.AdvanceUntilAsync(_http.SendAsync(request), TimeSpan.FromMilliseconds(250), maxSteps: 400);
        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        _bot.Router.Hold.SetResult();
    }
}
