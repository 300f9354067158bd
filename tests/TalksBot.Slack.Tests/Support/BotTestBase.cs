using TalksBot.Slack.Tests.FakeSlack;

namespace TalksBot.Slack.Tests.Support;

/// <summary>A fake Slack and a bot pointed at it, fresh for every test; the subclass says how the bot starts.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    protected FakeSlackServer Slack { get; private set; } = null!;

    protected BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackServer.StartAsync();
        Bot = await StartBotAsync(Slack);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
    }

    protected abstract Task<BotHost> StartBotAsync(FakeSlackServer slack);

    /// <summary>Waits for the <paramref name="count"/>th chat.postMessage, advancing the bot's clock so
    /// that per-channel pacing lets later posts through.</summary>
    protected async Task<RecordedCall> PostAsync(int count = 1)
    {
        await Eventually.TrueWhileAdvancingAsync(Bot.Time, TimeSpan.FromMilliseconds(250), () => Slack.CallsTo("chat.postMessage").Count >= count, "chat.postMessage");
        return Slack.CallsTo("chat.postMessage")[count - 1];
    }

    /// <summary>Waits for the one chat.postMessage a test expects and checks that it is the only one.</summary>
    protected async Task<RecordedCall> SinglePostAsync()
    {
        await Eventually.TrueAsync(() => Slack.CallsTo("chat.postMessage").Count >= 1, "chat.postMessage");
        return Assert.Single(Slack.CallsTo("chat.postMessage"));
    }

    protected async Task<RecordedCall> ResponseUrlPostAsync(string responseUrl)
    {
        await Eventually.TrueAsync(() => Slack.CallsToResponseUrl(responseUrl).Count >= 1, "the response_url post");
        return Assert.Single(Slack.CallsToResponseUrl(responseUrl));
    }
}
