using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.Gateway;

/// <summary>Two bot processes sharing one real redis-server receive the same dispatches (as when a session
/// is resumed on another process and Discord replays what it sent): each message and interaction is
/// answered once between them.</summary>
public sealed class SharedDeliveryTests : IAsyncLifetime
{
    private const int Messages = 10;

    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.SharedOrOwnAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task SameDispatchesToTwoInstancesSharingRedis_EachAnsweredOnce()
    {
        var prefix = $"talksbot-test:{Guid.NewGuid():N}:";
        await using var first = await StartAsync(prefix);
        await using var second = await StartAsync(prefix);

        for (var i = 0; i < Messages; i++)
        {
            var id = (334385199974967100L + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await first.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?", id: id));
            await second.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?", id: id));
        }

        await first.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        await second.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));

        // Until the duplicates are dropped and the answers posted: an answer may be posted after the last duplicate is logged.
        for (var wait = 0; wait < 400 && (Duplicates(first) + Duplicates(second) < Messages + 1
            || Posts(first, "channels/") + Posts(second, "channels/") < Messages || Posts(first, "interactions/") + Posts(second, "interactions/") < 1); wait++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(Messages + 1, Duplicates(first) + Duplicates(second));
        Assert.Equal(Messages, Posts(first, "channels/") + Posts(second, "channels/"));
        Assert.Equal(1, Posts(first, "interactions/") + Posts(second, "interactions/"));
        Assert.Equal(Messages + 1, first.Bot.Router.Received.Count + second.Bot.Router.Received.Count);
    }

    private static int Duplicates(ConnectedBot bot) => bot.Bot.Logs.Entries.Count(e => e.Id.Id == 3070);

    private static int Posts(ConnectedBot bot, string pathPrefix) =>
        bot.Fake.Requests.Count(r => r.Method == "POST" && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    // Both run shard 0 of one bot: the second identifies once the first's 5 s in the bucket are over.
    private async Task<ConnectedBot> StartAsync(string prefix) => await ConnectedBot.StartAsync(
        configure: settings =>
        {
            settings["Redis:Configuration"] = _redis.Endpoint;
            settings["Redis:KeyPrefix"] = prefix;
        },
        sharesIdentifies: true);
}
