using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Gateway;

[Collection(ProcessExitCode.Name)]
public sealed class GatewayConnectionTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Connect_DiscoversUrl_IdentifiesWithIntentsShardAndToken()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, s => { s["Discord:ShardId"] = "1"; s["Discord:ShardCount"] = "2"; });

        var connection = await fake.NextConnectionAsync();
        var identify = (await connection.HandshakeAsync()).GetProperty("d");

        var discovery = await fake.WaitForRequestAsync("GET", "gateway/bot");
        Assert.Equal("Bot " + BotHost.Token, discovery.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", discovery.Header("User-Agent"));
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(BotHost.Token, identify.GetProperty("token").GetString());
        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        Assert.Equal([1, 2], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(identify.GetProperty("properties").TryGetProperty("os", out _));
    }

    [Fact]
    public async Task Heartbeat_FirstWithinIntervalThenEveryInterval_CarriesLastSequence()
    {
        await using var connected = await ConnectedBot.StartAsync(heartbeatInterval: 10_000);
        var (fake, bot, connection) = connected;
        await bot.WaitForLogAsync(3011);

        var first = await bot.Time.AdvanceUntilAsync(connection.ReceiveAsync(1), Step, maxSteps: 20);
        var second = await bot.Time.AdvanceUntilAsync(connection.ReceiveAsync(1), Step, maxSteps: 21);

        Assert.Equal(1, first.GetProperty("d").GetInt32());
        Assert.Equal(1, second.GetProperty("d").GetInt32());
        Assert.Equal(2, connection.HeartbeatsReceived);
        Assert.False(connection.Ended.IsCompleted);
    }

    [Fact]
    public async Task Heartbeat_ServerRequestsOne_SentAtOnceWithoutTimer()
    {
        await using var connected = await ConnectedBot.StartAsync();
        var (fake, bot, connection) = connected;

        await connection.SendAsync("""{"op":1,"d":null}""");
        var beat = await connection.ReceiveAsync(1);

        Assert.Equal(JsonValueKind.Number, beat.GetProperty("d").ValueKind);
    }

    [Fact]
    public async Task Heartbeat_NoAckBeforeNextBeat_DropsZombieAndResumes()
    {
        await using var connected = await ConnectedBot.StartAsync(heartbeatInterval: 10_000);
        var (fake, bot, connection) = connected;
        await bot.WaitForLogAsync(3011);
        connection.AcknowledgeHeartbeats = false;
        await bot.Time.AdvanceUntilAsync(connection.ReceiveAsync(1), Step, maxSteps: 20);

        var resumed = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ReceiveAsync(6)).GetProperty("d");

        Assert.Null(await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal(GatewaySamples.SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt32());
        Assert.Equal(BotHost.Token, resume.GetProperty("token").GetString());
        Assert.Contains(bot.Logs.Entries, e => e.Id.Id == 3016);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnResumeGatewayUrlWithoutIdentify()
    {
        await using var connected = await ConnectedBot.StartAsync();
        var (fake, bot, connection) = connected;
        await connection.SendDispatchAsync("GUILD_CREATE", $$"""{"id":"{{GatewaySamples.GuildId}}","name":"test"}""");

        await connection.SendAsync("""{"op":7,"d":null}""");
        var resumed = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ReceiveAsync(6)).GetProperty("d");

        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("?v=10&encoding=json", resumed.Query);
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.NotEqual(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Single(fake.Requests, r => r.Path == "gateway/bot");
    }

    [Theory]
    [InlineData(false, 2, "/gateway")]
    [InlineData(true, 6, "/resume")]
    public async Task InvalidSession_ResumesOnlyWhenDiscordSaysSo(bool resumable, int expectedOp, string expectedPath)
    {
        await using var connected = await ConnectedBot.StartAsync();
        var (fake, bot, connection) = connected;

        await connection.SendAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");
        var next = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await next.SendHelloAsync();
        var sent = (await next.ReceiveAsync(expectedOp)).GetProperty("d");

        Assert.Equal(expectedPath, next.Path);
        if (resumable)
        {
            Assert.Equal(GatewaySamples.SessionId, sent.GetProperty("session_id").GetString());
        }
        else
        {
            Assert.Equal(4609, sent.GetProperty("intents").GetInt32());
            Assert.True(next.ConnectedAt - connection.ConnectedAt >= TimeSpan.FromSeconds(5), "Identifies are at least 5 s apart.");
        }
    }

    [Fact]
    public async Task Connect_HandshakeNeverAnswered_TimesOutAndRetriesWithoutStoppingTheHost()
    {
        // A gateway that accepts TCP but never answers the WebSocket upgrade.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new System.Collections.Concurrent.ConcurrentBag<System.Net.Sockets.Socket>();
        using var stopAccepting = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stopAccepting.IsCancellationRequested)
            {
                accepted.Add(await silent.AcceptSocketAsync(stopAccepting.Token));
            }
        });
        var url = "ws://127.0.0.1:" + ((System.Net.IPEndPoint)silent.LocalEndpoint).Port + "/gateway";
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:GatewayUrl"] = url);
        try
        {
            await bot.Time.AdvanceUntilAsync(() => accepted.Count >= 2, Step, maxSteps: 200);

            Assert.False(bot.Stopping.IsCompleted);
            Assert.Contains(bot.Logs.Entries, e => e.Id.Id == 3017 && e.Error is TimeoutException);
        }
        finally
        {
            await stopAccepting.CancelAsync();
            await accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
            foreach (var socket in accepted)
            {
                socket.Dispose();
            }
        }
    }

    [Fact]
    public async Task Identify_BudgetSpent_WaitsForResetBeforeConnecting()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.IdentifiesRemaining = 0;
        await using var bot = await BotHost.StartAsync(fake);
        await bot.WaitForLogAsync(3019);

        var connecting = fake.NextConnectionAsync();
        bot.Time.Advance(TimeSpan.FromHours(3.9));
        await Task.Delay(100);
        var connectedEarly = connecting.IsCompleted;
        bot.Time.Advance(TimeSpan.FromHours(0.1));
        await connecting;

        Assert.False(connectedEarly);
    }

    [Theory]
    [InlineData(4000, 6)]
    [InlineData(4001, 6)]
    [InlineData(4008, 6)]
    [InlineData(4007, 2)]
    [InlineData(4009, 2)]
    public async Task Close_ReconnectableCode_ResumesOrIdentifiesAsTheTableSays(int code, int expectedOp)
    {
        await using var connected = await ConnectedBot.StartAsync();
        var (fake, bot, connection) = connected;

        await connection.CloseAsync(code);
        var next = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await next.SendHelloAsync();
        var sent = await next.ReceiveAsync(expectedOp);

        Assert.Equal(expectedOp, sent.GetProperty("op").GetInt32());
        Assert.False(bot.Stopping.IsCompleted);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_FatalCode_StopsHostWithNonZeroExitAndNoReconnect(int code)
    {
        await using var connected = await ConnectedBot.StartAsync();
        var (fake, bot, connection) = connected;
        try
        {
            await connection.CloseAsync(code);
            await bot.Stopping.WaitAsync(TimeSpan.FromSeconds(10));
            bot.Time.Advance(TimeSpan.FromMinutes(5));

            Assert.NotEqual(0, Environment.ExitCode);
            var fatal = Assert.Single(bot.Logs.Entries, e => e.Id.Id == 3000);
            Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), fatal.Message);
            Assert.DoesNotContain(BotHost.Token, fatal.Message);
            Assert.Single(fake.Requests, r => r.Path == "gateway/bot");
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
