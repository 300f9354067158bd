using TalksBot.Discord.Tests.FakeDiscord;

namespace TalksBot.Discord.Tests.Support;

/// <summary>A bot serving only the interactions endpoint against a fresh fake Discord, with its commands
/// registered before a test starts; the process exit code is reset afterwards.</summary>
public abstract class HttpOnlyBot : IAsyncLifetime
{
    private readonly SigningKey _key = new();

    protected FakeDiscordServer Fake { get; private set; } = null!;

    protected BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeDiscordServer.StartAsync();
        Bot = await BotHost.StartAsync(Fake, BotHost.HttpOnly(_key));
        await Fake.WaitForRequestAsync("PUT", "applications/");
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        _key.Dispose();
        Environment.ExitCode = 0;
    }
}
