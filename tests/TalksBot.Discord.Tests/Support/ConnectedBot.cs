using TalksBot.Discord.Tests.FakeDiscord;

namespace TalksBot.Discord.Tests.Support;

/// <summary>A started bot whose gateway connection is past READY, with the fake it talks to.</summary>
public sealed class ConnectedBot : IAsyncDisposable
{
    private ConnectedBot(FakeDiscordServer fake, BotHost bot, FakeGatewayConnection gateway)
    {
        Fake = fake;
        Bot = bot;
        Gateway = gateway;
    }

    public FakeDiscordServer Fake { get; }

    public BotHost Bot { get; }

    public FakeGatewayConnection Gateway { get; }

    /// <param name="sharesIdentifies">The bot shares its identify pacing (Redis) with another bot that may have just
    /// identified: its fake clock is moved on until it connects, while that bucket's 5 s pass in Redis.</param>
    public static async Task<ConnectedBot> StartAsync(FakeRouter? router = null, TalksBot.Core.Chat.IAutocomplete? autocomplete = null, int heartbeatInterval = 41250, Action<Dictionary<string, string?>>? configure = null, bool sharesIdentifies = false)
    {
        var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake, configure, router: router, autocomplete: autocomplete);
        var gateway = sharesIdentifies
            ? await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(TimeSpan.FromSeconds(30)), TimeSpan.FromMilliseconds(250), maxSteps: 1500)
            : await fake.NextConnectionAsync();
        await gateway.HandshakeAsync(heartbeatInterval);
        return new ConnectedBot(fake, bot, gateway);
    }

    public void Deconstruct(out FakeDiscordServer fake, out BotHost bot, out FakeGatewayConnection gateway) =>
        (fake, bot, gateway) = (Fake, Bot, Gateway);

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
