using System.Globalization;
using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;

namespace TalksBot.Tests.Operations;

/// <summary>Two bot processes running the four shards of one bot against the fake Discord on 127.0.0.1, in
/// real time: each shard identifies once, each bucket (shard_id % max_concurrency, one process each) once
/// per 5 s (as the bots log it); a guild's messages are answered once; one shard's invalid session leaves the other shards up.</summary>
public sealed class ProcessShardingTests
{
    private const int ShardCount = 4;
    private const int Guilds = 8;

    private static readonly TimeSpan Starting = TimeSpan.FromSeconds(60);

    /// <summary>Discord's spacing of two identifies of one bucket (5 s), less 1 s: a log line is stamped after the
    /// identify was allowed, and a process's first line of an event can be late by the time it takes to compile
    /// its logging (66 ms seen on the 2-core machine) or longer on a busy one.</summary>
    private static readonly TimeSpan SameBucketAtLeast = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task FourShardsOnTwoProcesses_IdentifiedOncePacedByBucket_MessagesAnsweredOnce_InvalidSessionStaysWithItsShard()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.MaxConcurrency = 2;
        using var first = Start(fake, "0,2");
        using var second = Start(fake, "1,3");
        using var http = new HttpClient();

        var connections = new List<FakeGatewayConnection>();
        for (var i = 0; i < ShardCount; i++)
        {
            var connection = await fake.NextConnectionAsync(Starting);
            await connection.HandshakeAsync();
            connections.Add(connection);
        }

        await first.WaitUntilReadyAsync(http, Starting);
        await second.WaitUntilReadyAsync(http, Starting);
        var shards = connections.ToDictionary(c => c.Shard!.Value.Id);

        Assert.Equal([(0, 4), (1, 4), (2, 4), (3, 4)], connections.Select(c => c.Shard!.Value).Order());
        var identifiedAt = IdentifiedAt(first).Concat(IdentifiedAt(second)).ToDictionary();
        Assert.Equal([0, 1, 2, 3], identifiedAt.Keys.Order());
        Assert.True((identifiedAt[2] - identifiedAt[0]).Duration() >= SameBucketAtLeast, "bucket 0 identified twice within 5 s");
        Assert.True((identifiedAt[3] - identifiedAt[1]).Duration() >= SameBucketAtLeast, "bucket 1 identified twice within 5 s");

        var sent = new List<string>();
        for (var i = 0; i < Guilds; i++)
        {
            var guildId = (((1_650_000_000_000L + i) << 22) | 4_321).ToString(CultureInfo.InvariantCulture);
            var messageId = (334385199974967300L + i).ToString(CultureInfo.InvariantCulture);
            sent.Add(messageId);
            await shards[FakeDiscordServer.ShardOf(guildId, ShardCount)].SendDispatchAsync(
                "MESSAGE_CREATE", GatewaySamples.GuildMessage("who proposed neutrality?", mentionsBot: true, id: messageId, guildId: guildId));
        }

        var replies = new List<string>();
        for (var i = 0; i < Guilds; i++)
        {
            var post = await fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.ChannelId}/messages");
            replies.Add(JsonDocument.Parse(post.Body).RootElement.GetProperty("message_reference").GetProperty("message_id").GetString()!);
        }

        await shards[1].SendAsync("""{"op":9,"d":false}""");
        var again = await fake.NextConnectionAsync(TimeSpan.FromSeconds(30));
        await again.HandshakeAsync();
        await second.WaitUntilReadyAsync(http, Starting);

        Assert.Equal(sent.Order(), replies.Order());
        Assert.Equal((1, 4), again.Shard);
        Assert.All(new[] { 0, 2, 3 }, id => Assert.False(shards[id].Ended.IsCompleted, $"shard {id} lost its connection"));
        Assert.False(fake.TryNextConnection(out _));

        first.Terminate();
        second.Terminate();
        Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(Guilds, fake.Requests.Count(r => r.Method == "POST" && r.Path.StartsWith("channels/", StringComparison.Ordinal)));
        Assert.Contains("Discord gateway shard 1: session invalidated", second.Error, StringComparison.Ordinal);
    }

    /// <summary>Shard id → when the bot let it identify (event 3025), from the process's JSON log lines.</summary>
    private static IEnumerable<KeyValuePair<int, DateTimeOffset>> IdentifiedAt(RunningBot bot) =>
        bot.Error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(entry => entry.GetProperty("EventId").GetInt32() == 3025)
            .Select(entry => KeyValuePair.Create(
                entry.GetProperty("State").GetProperty("ShardId").GetInt32(),
                DateTimeOffset.Parse(entry.GetProperty("Timestamp").GetString()!, CultureInfo.InvariantCulture)));

    private static RunningBot Start(FakeDiscordServer fake, string shardIds) => RunningBot.Start(
        new Dictionary<string, string>
        {
            ["Discord__Token"] = TalksBot.TestKit.TestCredentials.Random("test-bot-token-"),
            ["Discord__ApplicationId"] = GatewaySamples.ApplicationId,
            ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
        },
        "--Knowledge:Watch=false",
        "--Logging:Console:FormatterName=json",
        "--Logging:Console:FormatterOptions:TimestampFormat=O",
        "--Discord:ShardCount=" + ShardCount.ToString(CultureInfo.InvariantCulture),
        "--Discord:ShardIds=" + shardIds);
}
