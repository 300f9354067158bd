using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Gateway;

/// <summary>Several shards per bot and across bots (two hosts in this process, each with its own services,
/// against one fake Discord): identify pacing by max_concurrency bucket, one session per shard, readiness and
/// metrics per shard, and a guild's messages answered by the shard Discord sends them to.</summary>
[Collection(ProcessExitCode.Name)]
public sealed class ShardingTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);

    /// <summary>How long (real time) a connection that should not come is given to come anyway.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly string _sessionFile = Path.Combine(Path.GetTempPath(), "talksbot-shards-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(_sessionFile) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task FourShardsOnTwoBots_EachShardIdentifiesOnceWithItsPair_TwoEveryFiveSecondsAsMaxConcurrencyAllows()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.MaxConcurrency = 2;
        var clock = NewClock();

        // Each bot runs whole identify buckets (shard_id % max_concurrency), so the buckets hold across both.
        await using var first = await BotHost.StartAsync(fake, Shards("4", "0,2"), clock: clock);
        await using var second = await BotHost.StartAsync(fake, Shards("4", "1,3"), clock: clock);

        var atStart = await HandshakeAsync(fake, 2);
        await AssertNoConnectionAsync(fake);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await AssertNoConnectionAsync(fake);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        var fiveSecondsLater = await HandshakeAsync(fake, 2);
        clock.Advance(TimeSpan.FromMinutes(2));
        await AssertNoConnectionAsync(fake);

        Assert.Equal([0, 1], atStart.Select(c => c.Shard!.Value.Id % 2).Order());
        Assert.Equal([(0, 4), (1, 4), (2, 4), (3, 4)], atStart.Concat(fiveSecondsLater).Select(c => c.Shard!.Value).Order());
        await first.WaitForHealthAsync(HealthStatus.Healthy);
        await second.WaitForHealthAsync(HealthStatus.Healthy);
        Assert.Equal("gateway connected: shards 0, 2", (await first.DiscordHealthAsync()).Description);
        Assert.Equal("gateway connected: shards 1, 3", (await second.DiscordHealthAsync()).Description);
    }

    [Fact]
    public async Task FourShardsOnOneBot_MaxConcurrencyOne_EveryShardByDefault_OneIdentifyEveryFiveSeconds()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:ShardCount"] = "4");

        var identified = new List<FakeGatewayConnection>();
        for (var i = 0; i < 4; i++)
        {
            if (i > 0)
            {
                bot.Time.Advance(TimeSpan.FromSeconds(4.9));
                await AssertNoConnectionAsync(fake);
                bot.Time.Advance(TimeSpan.FromSeconds(0.1));
            }

            identified.AddRange(await HandshakeAsync(fake, 1));
            await AssertNoConnectionAsync(fake);
        }

        Assert.Equal([(0, 4), (1, 4), (2, 4), (3, 4)], identified.Select(c => c.Shard!.Value).Order());
        await bot.WaitForHealthAsync(HealthStatus.Healthy);
    }

    [Fact]
    public async Task GuildMessages_SentOnTheirGuildsShard_EachAnsweredOnceByTheBotRunningIt_LoggedUnderThatShard()
    {
        const int Guilds = 12;
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.MaxConcurrency = 4;
        var clock = NewClock();
        await using var first = await BotHost.StartAsync(fake, Shards("4", "0-1"), clock: clock);
        await using var second = await BotHost.StartAsync(fake, Shards("4", "2-3"), clock: clock);
        var shards = (await HandshakeAsync(fake, 4)).ToDictionary(c => c.Shard!.Value.Id);

        var expected = new Dictionary<string, int>();
        for (var i = 0; i < Guilds; i++)
        {
            // A snowflake: milliseconds since Discord's epoch above bit 22, so consecutive guilds fall on consecutive shards.
            var guildId = (((1_650_000_000_000L + i) << 22) | 4_321).ToString(CultureInfo.InvariantCulture);
            var messageId = (334385199974967200L + i).ToString(CultureInfo.InvariantCulture);
            var shard = FakeDiscordServer.ShardOf(guildId, 4);
            expected[messageId] = shard;
            await shards[shard].SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.GuildMessage("who proposed neutrality?", mentionsBot: true, id: messageId, guildId: guildId));
        }

        await Eventually.TrueAsync(() => Answered(first).Count + Answered(second).Count >= Guilds, "every guild message to be answered");
        await Task.Delay(Quiet);

        Assert.Equal(Guilds, fake.Requests.Count(r => r.Method == "POST" && r.Path == $"channels/{GatewaySamples.ChannelId}/messages"));
        Assert.Equal(expected.Where(e => e.Value < 2).ToDictionary(), Answered(first));
        Assert.Equal(expected.Where(e => e.Value >= 2).ToDictionary(), Answered(second));
        Assert.All(Enumerable.Range(0, 4), shard => Assert.Equal(Guilds / 4, expected.Values.Count(s => s == shard)));
    }

    [Fact]
    public async Task InvalidSessionOnOneShard_OnlyThatShardIdentifiesAgain_AnotherResumesItsOwn_TheThirdKeepsItsConnection()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.MaxConcurrency = 3;
        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:ShardCount"] = "3");
        var meters = bot.Services.GetRequiredService<IMeterFactory>();
        using var identifies = new MetricCollector<long>(meters, DiscordServiceCollectionExtensions.MeterName, "talksbot.discord.gateway.identifies");
        using var resumes = new MetricCollector<long>(meters, DiscordServiceCollectionExtensions.MeterName, "talksbot.discord.gateway.resumes");
        using var connected = new MetricCollector<int>(meters, DiscordServiceCollectionExtensions.MeterName, "talksbot.discord.gateway.connected");
        var shards = (await HandshakeAsync(fake, 3)).ToDictionary(c => c.Shard!.Value.Id);
        await bot.WaitForHealthAsync(HealthStatus.Healthy);

        await shards[1].SendAsync("""{"op":9,"d":false}""");
        await shards[1].Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await bot.WaitForHealthAsync(HealthStatus.Unhealthy);
        Assert.Equal("gateway not connected: shard 1 down (2 of 3 connected)", (await bot.DiscordHealthAsync()).Description);
        connected.RecordObservableInstruments();
        Assert.Equal([1, 0, 1], ByShard(connected.GetMeasurementSnapshot()));

        var again = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await again.HandshakeAsync();
        await shards[2].SendAsync("""{"op":9,"d":true}""");
        var resumed = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ReceiveAsync(6)).GetProperty("d");
        await resumed.SendDispatchAsync("RESUMED", "{}");
        await bot.WaitForHealthAsync(HealthStatus.Healthy);
        await shards[0].SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?"));
        await fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");

        Assert.Equal((1, 3), again.Shard);
        Assert.Equal("/gateway", again.Path);
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal(GatewaySamples.SessionIdOf(2), resume.GetProperty("session_id").GetString());
        Assert.False(shards[0].Ended.IsCompleted, "shard 0's connection was dropped");
        Assert.False(fake.TryNextConnection(out _), "a shard connected again that was not asked to");
        Assert.Equal([1, 2, 1], ByShard(identifies.GetMeasurementSnapshot()));
        Assert.Equal(2, (int)Assert.Single(resumes.GetMeasurementSnapshot()).Tags["shard"]!);
        connected.RecordObservableInstruments();
        Assert.Equal([1, 1, 1], ByShard(connected.GetMeasurementSnapshot().TakeLast(3)));
    }

    [Fact]
    public async Task ShardCountAuto_TakesTheCountGatewayBotRecommends()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.RecommendedShards = 3;
        fake.MaxConcurrency = 3;
        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:ShardCount"] = "auto");

        var shards = await HandshakeAsync(fake, 3);
        await AssertNoConnectionAsync(fake);

        Assert.Equal([(0, 3), (1, 3), (2, 3)], shards.Select(c => c.Shard!.Value).Order());
        Assert.Contains(bot.Logs.Entries, e => e.Id.Id == 3027 && e.Message.Contains("3 shard", StringComparison.Ordinal));
        await bot.WaitForHealthAsync(HealthStatus.Healthy);
    }

    [Fact]
    public async Task ShardCountAuto_GatewayBotFailing_NoShardStartsUntilItAnswers()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.RecommendedShards = 2;
        fake.MaxConcurrency = 2;
        for (var i = 0; i < 8; i++)
        {
            fake.Script(new ScriptedResponse("GET", "gateway/bot", 503));
        }

        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:ShardCount"] = "auto");
        // The REST client retries a 503 three times (on the fake clock) before the failure reaches the gateway.
        await bot.Time.AdvanceUntilAsync(() => bot.Logs.Entries.Any(e => e.Id.Id == 3028), Step);
        Assert.False(fake.TryNextConnection(out _));
        Assert.Equal(HealthStatus.Unhealthy, (await bot.DiscordHealthAsync()).Status);

        var firstShard = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await firstShard.HandshakeAsync();
        var secondShard = await fake.NextConnectionAsync();
        await secondShard.HandshakeAsync();

        Assert.Equal([(0, 2), (1, 2)], new[] { firstShard.Shard!.Value, secondShard.Shard!.Value }.Order());
        Assert.False(bot.Stopping.IsCompleted);
    }

    [Fact]
    public async Task ShardCountAuto_ShardIdsBeyondTheRecommendedCount_StopsNamingTheKeys()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.RecommendedShards = 2;
        await using var bot = await BotHost.StartAsync(fake, Shards("auto", "2-3"));
        try
        {
            await bot.Stopping.WaitAsync(TimeSpan.FromSeconds(10));

            var fatal = Assert.Single(bot.Logs.Entries, e => e.Id.Id == 3000);
            Assert.Contains("Discord:ShardIds", fatal.Message);
            Assert.Contains("Discord:ShardCount is 2", fatal.Message);
            Assert.False(fake.TryNextConnection(out _));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task Restart_WithASessionFile_EachShardResumesItsOwnSessionFromItsOwnFile()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.MaxConcurrency = 2;
        var first = await BotHost.StartAsync(fake, KeepSessions);
        var shards = (await HandshakeAsync(fake, 2)).ToDictionary(c => c.Shard!.Value.Id);
        await shards[1].SendDispatchAsync("GUILD_CREATE", $$"""{"id":"{{GatewaySamples.GuildId}}","name":"test"}""");
        await Eventually.TrueAsync(() => first.Logs.Entries.Any(e => e.Id.Id == 3020 && e.Message.Contains("GUILD_CREATE", StringComparison.Ordinal)), "GUILD_CREATE to be received");
        await first.DisposeAsync();

        Assert.Equal((WebSocketCloseStatus)4000, await shards[0].Ended.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal((WebSocketCloseStatus)4000, await shards[1].Ended.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(File.Exists(ShardFile(0)) && File.Exists(ShardFile(1)), "each shard writes its own file");
        var discoveries = fake.Requests.Count(r => r.Path == "gateway/bot");
        await using var second = await BotHost.StartAsync(fake, KeepSessions);
        var resumes = new Dictionary<string, int>();
        for (var i = 0; i < 2; i++)
        {
            var resumed = await fake.NextConnectionAsync();
            await resumed.SendHelloAsync();
            var resume = (await resumed.ReceiveAsync(6)).GetProperty("d");
            Assert.Equal("/resume", resumed.Path);
            resumes[resume.GetProperty("session_id").GetString()!] = resume.GetProperty("seq").GetInt32();
        }

        Assert.Equal([GatewaySamples.SessionIdOf(0), GatewaySamples.SessionIdOf(1)], resumes.Keys.Order());
        Assert.Equal(3, resumes[GatewaySamples.SessionIdOf(1)]);
        Assert.Equal(discoveries, fake.Requests.Count(r => r.Path == "gateway/bot"));
        Assert.False(File.Exists(ShardFile(0)) || File.Exists(ShardFile(1)), "a saved session is used once");
    }

    [Fact]
    public async Task FatalCloseOnOneShard_StopsTheHostNamingTheShard()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.MaxConcurrency = 2;
        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:ShardCount"] = "2");
        var shards = (await HandshakeAsync(fake, 2)).ToDictionary(c => c.Shard!.Value.Id);
        try
        {
            await shards[1].CloseAsync(4011);
            await bot.Stopping.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(3, Environment.ExitCode);
            var fatal = Assert.Single(bot.Logs.Entries, e => e.Id.Id == 3000);
            Assert.Contains("shard 1", fatal.Message);
            Assert.Contains("4011", fatal.Message);
            Assert.Contains("Discord:ShardCount", fatal.Message);
            Assert.False(fake.TryNextConnection(out _));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));

    private static Action<Dictionary<string, string?>> Shards(string count, string ids) => settings =>
    {
        settings["Discord:ShardCount"] = count;
        settings["Discord:ShardIds"] = ids;
    };

    private void KeepSessions(Dictionary<string, string?> settings)
    {
        settings["Discord:ShardCount"] = "2";
        settings["Discord:SessionFile"] = _sessionFile;
    }

    private string ShardFile(int shardId) =>
        Path.Combine(Path.GetDirectoryName(_sessionFile)!, Path.GetFileNameWithoutExtension(_sessionFile) + ".shard-" + shardId + ".json");

    /// <summary>Takes the next <paramref name="count"/> connections (without moving any clock) and completes each one's handshake.</summary>
    private static async Task<List<FakeGatewayConnection>> HandshakeAsync(FakeDiscordServer fake, int count)
    {
        var connections = new List<FakeGatewayConnection>();
        for (var i = 0; i < count; i++)
        {
            var connection = await fake.NextConnectionAsync();
            await connection.HandshakeAsync();
            connections.Add(connection);
        }

        return connections;
    }

    private static async Task AssertNoConnectionAsync(FakeDiscordServer fake)
    {
        await Task.Delay(Quiet);
        Assert.False(fake.TryNextConnection(out var early), $"shard {early?.Shard} connected before its identify was due");
    }

    /// <summary>Message id → shard id, from each "message answered" line and the scopes it was written in.</summary>
    private static Dictionary<string, int> Answered(BotHost bot) =>
        bot.Logs.Entries.Where(e => e.Id.Id == 3050).ToDictionary(e => (string)e.Scope["CorrelationId"]!, e => (int)e.Scope["ShardId"]!);

    /// <summary>The sum of the measurements of each shard, shard 0 first.</summary>
    private static int[] ByShard<T>(IEnumerable<CollectedMeasurement<T>> measurements)
        where T : struct => [.. measurements.GroupBy(m => (int)m.Tags["shard"]!).OrderBy(g => g.Key).Select(g => g.Sum(m => Convert.ToInt32(m.Value, CultureInfo.InvariantCulture)))];
}
