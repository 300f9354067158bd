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

    public static async Task<ConnectedBot> StartAsync(FakeRouter? router = null, TalksBot.Core.Chat.IAutocomplete? autocomplete = null, int heartbeatInterval = 41250, Action<Dictionary<string, string?>>? configure = null)
    {
        var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake, configure, router: router, autocomplete: autocomplete);
        var gateway = await fake.NextConnectionAsync();
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
