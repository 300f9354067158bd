using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TalksBot.Slack.SocketMode;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

public sealed class SocketModeTests : BotTestBase
{
    private const int SocketOpenedEvent = 4019;
    private const int SocketHelloEvent = 4011;
    private const int SocketLostEvent = 4013;
    private const int SocketModeDisabledEvent = 4022;

    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) => BotHost.StartSocketModeAsync(slack);

    [Fact]
    public async Task Connect_OpensWithAppTokenAtConfiguredBase()
    {
        await Slack.WaitForSocketAsync(0);

        var open = Assert.Single(Slack.CallsTo("apps.connections.open"));
        Assert.Equal("Bearer " + BotHost.AppToken, open.Authorization);
        Assert.Equal("Bearer " + BotHost.BotToken, Assert.Single(Slack.CallsTo("auth.test")).Authorization);
    }

    [Fact]
    public async Task Mention_InChannel_AckedWithin3sAndAnsweredInThreadWithVerbatimQuote()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        var clock = Stopwatch.StartNew();
        var envelope = await socket.SendEnvelopeAsync("events_api", AppMention("Ev0001", Mention("who proposed neutrality?")));
        await Eventually.TrueAsync(() => socket.IsAcked(envelope), "the ack");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"ack took {clock.Elapsed}");

        var post = await SinglePostAsync();
        Assert.Equal("Bearer " + BotHost.BotToken, post.Authorization);
        Assert.Equal(Channel, post.Field("channel"));
        Assert.Equal("1515449522.000016", post.Field("thread_ts"));
        Assert.Contains(SlackJson.Texts(post.Json), t => t.Contains(FakeRouter.Quote, StringComparison.Ordinal));
        Assert.Contains(SlackJson.Texts(post.Json), t => t.Contains("— " + FakeRouter.Speaker + ", chief negotiator · via Reuters · Example Wire, 29 Mar 2022", StringComparison.Ordinal));
        Assert.False(post.Json.TryGetProperty("link_names", out _));
        Assert.False(post.Json.TryGetProperty("parse", out _));
        Assert.Equal("who proposed neutrality?", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task Mention_InThreadReply_AnsweredUnderThreadParent()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", AppMention("Ev0002", Mention("and the guarantees?"), ts: "1515449600.000100", threadTs: "1515449522.000016"));

        Assert.Equal("1515449522.000016", (await SinglePostAsync()).Field("thread_ts"));
    }

    [Fact]
    public async Task DirectMessage_AnsweredInTheDm()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", DirectMessage("Ev0003", "who proposed neutrality?"));

        var post = await SinglePostAsync();
        Assert.Equal(DmChannel, post.Field("channel"));
        Assert.Null(post.Field("thread_ts"));
        Assert.Contains(SlackJson.Texts(post.Json), t => t.Contains(FakeRouter.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DmSharingAFile_AnsweredWithItsText()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", FileShare("Ev0005", "who proposed neutrality?"));

        var post = await SinglePostAsync();
        Assert.Equal(DmChannel, post.Field("channel"));
        Assert.Equal("who proposed neutrality?", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task ThreadReplyAlsoSentToTheDm_AnsweredInItsThread()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", ThreadBroadcast("Ev0006", "and the guarantees?", threadTs: "1355517523.000005"));

        var post = await SinglePostAsync();
        Assert.Equal(DmChannel, post.Field("channel"));
        Assert.Equal("1355517523.000005", post.Field("thread_ts"));
        Assert.Equal("and the guarantees?", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task OwnMessagesEditsAndOtherBots_AckedButNeverAnswered()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        var ignored = new[]
        {
            await socket.SendEnvelopeAsync("events_api", OwnMessage("Ev0010")),
            await socket.SendEnvelopeAsync("events_api", MessageChanged("Ev0011")),
            await socket.SendEnvelopeAsync("events_api", OtherBotMessage("Ev0012")),
            await socket.SendEnvelopeAsync("events_api", MessageDeleted("Ev0014")),
            await socket.SendEnvelopeAsync("events_api", FileShare("Ev0015", "  ")),
        };
        await socket.SendEnvelopeAsync("events_api", DirectMessage("Ev0013", "marker question"));

        await SinglePostAsync();
        await Eventually.SettleAsync();
        Assert.All(ignored, id => Assert.True(socket.IsAcked(id)));
        Assert.Single(Slack.CallsTo("chat.postMessage"));
        Assert.Equal("marker question", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task SameEventDeliveredThreeTimes_AnsweredOnce()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        var deliveries = new[]
        {
            await socket.SendEnvelopeAsync("events_api", AppMention("Ev0020", Mention("once?")), retryAttempt: 0),
            await socket.SendEnvelopeAsync("events_api", AppMention("Ev0020", Mention("once?")), retryAttempt: 1, retryReason: "timeout"),
            await socket.SendEnvelopeAsync("events_api", AppMention("Ev0020", Mention("once?")), retryAttempt: 2, retryReason: "timeout"),
        };

        await SinglePostAsync();
        await Eventually.TrueAsync(() => deliveries.All(socket.IsAcked), "all three acks");
        await Eventually.SettleAsync();
        Assert.Single(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task RetryWhoseFirstDeliveryNeverArrived_IsAnswered()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", AppMention("Ev0030", Mention("lost the first time")), retryAttempt: 2, retryReason: "timeout");

        await SinglePostAsync();
    }

    [Fact]
    public async Task SlashCommand_AckedWithin3sAndAnsweredEphemerallyThroughResponseUrl()
    {
        var socket = await Slack.WaitForSocketAsync(0);
        var responseUrl = Slack.NewResponseUrl();

        var clock = Stopwatch.StartNew();
        var envelope = await socket.SendEnvelopeAsync("slash_commands", SlashCommand("who proposed neutrality?", responseUrl));
        await Eventually.TrueAsync(() => socket.IsAcked(envelope), "the ack");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"ack took {clock.Elapsed}");

        var response = await ResponseUrlPostAsync(responseUrl);
        Assert.Equal("ephemeral", response.Field("response_type"));
        Assert.Null(response.Authorization);
        Assert.Contains(SlackJson.Texts(response.Json), t => t.Contains(FakeRouter.Quote, StringComparison.Ordinal));
        Assert.Empty(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task MoreQuotesButton_PostsNextCitationsInTheMessagesThread()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        var envelope = await socket.SendEnvelopeAsync("interactive", BlockActions(FakeRouter.MoreCommand, Slack.NewResponseUrl(), threadTs: "1515449522.000016"));

        var post = await SinglePostAsync();
        Assert.True(socket.IsAcked(envelope));
        Assert.Equal("1515449522.000016", post.Field("thread_ts"));
        Assert.Contains(SlackJson.Texts(post.Json), t => t.Contains(FakeRouter.SecondQuote, StringComparison.Ordinal));
        Assert.Equal(FakeRouter.MoreCommand, Assert.Single(Bot.Router.Messages).Text);
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task RoutineDisconnect_WithEnvelopesInFlight_OpensNewSocketFirstAndLosesNothing(string reason)
    {
        var old = await Slack.WaitForSocketAsync(0);

        await old.SendDisconnectAsync(reason);
        var inFlight = await old.SendEnvelopeAsync("events_api", AppMention("Ev0040", Mention("first")));
        var replacement = await Slack.WaitForSocketAsync(1);
        Assert.False(old.Closed.IsCompleted, "the old socket was dropped before its replacement was open");
        var lateOnOld = await old.SendEnvelopeAsync("events_api", DirectMessage("Ev0041", "second", ts: "1355517600.000001"));
        var onNew = await replacement.SendEnvelopeAsync("events_api", DirectMessage("Ev0042", "third", ts: "1355517601.000001"));

        await Eventually.TrueAsync(() => old.IsAcked(inFlight) && old.IsAcked(lateOnOld) && replacement.IsAcked(onNew), "every envelope acked on its own socket");
        // Two of the answers go to the same DM, a second apart.
        await Eventually.TrueWhileAdvancingAsync(Bot.Time, TimeSpan.FromMilliseconds(250), () => Slack.CallsTo("chat.postMessage").Count == 3, "three answers");
        await old.CloseAsync();
        await old.Closed.WaitAsync(Eventually.Timeout);
        Assert.Equal(["first", "second", "third"], Bot.Router.Messages.Select(m => m.Text).Order());
        Assert.Equal(2, Slack.Sockets.Count);
    }

    [Fact]
    public async Task TooManyWebsockets_ClosesAndReconnectsOnlyAfterBackoff()
    {
        var old = await Slack.WaitForSocketAsync(0);
        using var reconnects = new MetricCollector<long>(Bot.Services.GetRequiredService<IMeterFactory>(), SlackServiceCollectionExtensions.MeterName, "talksbot.slack.socket.reconnects");

        await old.SendDisconnectAsync("too_many_websockets");
        await old.Closed.WaitAsync(Eventually.Timeout);
        await Eventually.SettleAsync();
        Assert.Single(Slack.Sockets);

        await Eventually.TrueWhileAdvancingAsync(Bot.Time, TimeSpan.FromMilliseconds(200), () => Slack.Sockets.Count == 2, "the reconnect");
        await Slack.WaitForSocketAsync(1);
        await Bot.WaitForLogAsync(SocketHelloEvent, count: 2);
        Assert.Equal(SocketModeState.Connected, Bot.Services.GetRequiredService<SocketModeStatus>().State);
        Assert.Equal(HealthStatus.Healthy, await SlackHealthAsync());
        Assert.Equal("disconnect", Assert.Single(reconnects.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task LinkDisabled_WarnsOnceStopsReconnectingAndIsNotReady()
    {
        var old = await Slack.WaitForSocketAsync(0);
        await Bot.WaitForLogAsync(SocketHelloEvent);
        var status = Bot.Services.GetRequiredService<SocketModeStatus>();
        Assert.Equal(SocketModeState.Connected, status.State);

        await old.SendDisconnectAsync("link_disabled");
        await old.Closed.WaitAsync(Eventually.Timeout);
        for (var minute = 0; minute < 30; minute++)
        {
            Bot.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        await Eventually.SettleAsync();
        Assert.Single(Slack.Sockets);
        Assert.Single(Slack.CallsTo("apps.connections.open"));
        Assert.Equal(SocketModeState.Disabled, status.State);
        Assert.Equal(HealthStatus.Unhealthy, await SlackHealthAsync());
        var warning = Assert.Single(Bot.Logs.Entries, e => e.EventId == SocketModeDisabledEvent);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("link_disabled", warning.Message, StringComparison.Ordinal);
        Assert.False(Bot.Lifetime.ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task SocketDroppedBySlack_ReconnectsAndKeepsAnswering()
    {
        var old = await Slack.WaitForSocketAsync(0);

        await old.CloseAsync();
        await Eventually.TrueWhileAdvancingAsync(Bot.Time, TimeSpan.FromMilliseconds(200), () => Slack.Sockets.Count == 2, "the reconnect");
        var replacement = await Slack.WaitForSocketAsync(1);
        await replacement.SendEnvelopeAsync("events_api", DirectMessage("Ev0050", "still there?"));

        await SinglePostAsync();
    }

    [Fact]
    public async Task SocketDroppedMidEnvelope_ReconnectsAndTheRedeliveriesAreAnsweredOnce()
    {
        var old = await Slack.WaitForSocketAsync(0);

        var id = await old.SendEnvelopeCutAsync("events_api", AppMention("Ev0055", Mention("cut short")));
        await Eventually.TrueWhileAdvancingAsync(Bot.Time, TimeSpan.FromMilliseconds(200), () => Slack.Sockets.Count == 2, "the reconnect");
        await Bot.WaitForLogAsync(SocketLostEvent);
        var replacement = await Slack.WaitForSocketAsync(1);
        await replacement.HelloSent;
        // Slack redelivers what was not acknowledged: the same envelope, then a later retry of the same event.
        await replacement.SendEnvelopeAsync("events_api", AppMention("Ev0055", Mention("cut short")), retryAttempt: 1, retryReason: "timeout", envelopeId: id);
        var retry = await replacement.SendEnvelopeAsync("events_api", AppMention("Ev0055", Mention("cut short")), retryAttempt: 2, retryReason: "timeout");

        await SinglePostAsync();
        await Eventually.TrueAsync(() => replacement.IsAcked(id) && replacement.IsAcked(retry), "both redeliveries acked");
        await Eventually.SettleAsync();
        Assert.Single(Slack.CallsTo("chat.postMessage"));
        Assert.False(old.IsAcked(id));
        Assert.Equal("cut short", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task NoTrafficForTheWatchdogWindow_RefreshesOpeningTheNewSocketFirst()
    {
        var old = await Slack.WaitForSocketAsync(0);
        await Bot.WaitForLogAsync(SocketHelloEvent);

        Bot.Time.Advance(TimeSpan.FromMinutes(9));
        await Eventually.SettleAsync();
        Assert.Single(Slack.Sockets);
        Bot.Time.Advance(TimeSpan.FromMinutes(1));

        var replacement = await Slack.WaitForSocketAsync(1);
        await replacement.SendEnvelopeAsync("events_api", DirectMessage("Ev0060", "after the refresh"));
        await SinglePostAsync();
        await Eventually.TrueWhileAdvancingAsync(Bot.Time, TimeSpan.FromSeconds(1), () => old.Closed.IsCompleted, "the old socket to be retired");
    }

    [Fact]
    public async Task PongsStop_SocketIsAbortedAndTheBotReconnects()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var deaf = new DeafSocketServer();
        slack.Script("apps.connections.open", FakeResponse.Ok($$"""{"ok":true,"url":"{{deaf.Url}}"}"""));
        var timings = new SocketModeTimings { KeepAliveInterval = TimeSpan.FromMilliseconds(200), KeepAliveTimeout = TimeSpan.FromMilliseconds(400) };
        await using var bot = await BotHost.StartAsync(BotHost.Settings(slack, socketMode: true), services: s => s.AddSingleton(timings));
        await Eventually.TrueAsync(() => deaf.Accepted == 1, "the deaf socket");
        await bot.WaitForLogAsync(SocketHelloEvent);

        await Eventually.TrueAsync(() => bot.Logs.Entries.Any(e => e.EventId == SocketLostEvent), "the keep-alive to give up");
        await Eventually.TrueWhileAdvancingAsync(bot.Time, TimeSpan.FromMilliseconds(200), () => slack.Sockets.Count == 1, "the reconnect to the real socket");
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task NoHelloWithinTheDeadline_DropsTheSocketAndConnectsAgain()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.SendHelloOnConnect = false;
        await using var bot = await BotHost.StartSocketModeAsync(slack);
        await Eventually.TrueAsync(() => slack.Sockets.Count == 1, "the first socket");
        var silent = slack.Sockets[0];
        await bot.WaitForLogAsync(SocketOpenedEvent);

        bot.Time.Advance(TimeSpan.FromSeconds(29));
        await Eventually.SettleAsync();
        Assert.False(silent.Closed.IsCompleted);
        bot.Time.Advance(TimeSpan.FromSeconds(1));

        await silent.Closed.WaitAsync(Eventually.Timeout);
        await Eventually.TrueWhileAdvancingAsync(bot.Time, TimeSpan.FromMilliseconds(200), () => slack.Sockets.Count == 2, "the second socket");
        await slack.Sockets[1].SendHelloAsync();
        await slack.Sockets[1].SendEnvelopeAsync("events_api", DirectMessage("Ev0070", "hello now?"));
        await Eventually.TrueAsync(() => slack.CallsTo("chat.postMessage").Count == 1, "the answer");
    }

    [Fact]
    public async Task SocketClosedBeforeHello_ConnectsAgainWithoutWaitingForTheDeadline()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.SendHelloOnConnect = false;
        await using var bot = await BotHost.StartSocketModeAsync(slack);
        await Eventually.TrueAsync(() => slack.Sockets.Count == 1, "the first socket");
        await bot.WaitForLogAsync(SocketOpenedEvent);

        var start = bot.Time.GetUtcNow();
        await slack.Sockets[0].CloseAsync();

        // Fake time stays well inside the 30 s hello deadline: only the reconnect backoff may pass.
        await Eventually.TrueWhileAdvancingAsync(bot.Time, TimeSpan.FromMilliseconds(200), () => slack.Sockets.Count == 2 || bot.Time.GetUtcNow() > start.AddSeconds(20), "the second socket");
        Assert.Equal(2, slack.Sockets.Count);
    }

    [Fact]
    public async Task ShutdownWhileWaitingForHello_ClosesTheSocket()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.SendHelloOnConnect = false;
        var bot = await BotHost.StartSocketModeAsync(slack);
        await Eventually.TrueAsync(() => slack.Sockets.Count == 1, "the first socket");
        var silent = slack.Sockets[0];
        await bot.WaitForLogAsync(SocketOpenedEvent);

        await bot.DisposeAsync();

        await silent.Closed.WaitAsync(Eventually.Timeout);
    }

    private async Task<HealthStatus> SlackHealthAsync()
    {
        var report = await Bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "slack");
        return report.Entries["slack"].Status;
    }
}
