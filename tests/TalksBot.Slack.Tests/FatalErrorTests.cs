using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;

namespace TalksBot.Slack.Tests;

// Environment.ExitCode is process-wide: these tests run one at a time and restore it.
[Collection(nameof(FatalErrorTests))]
[CollectionDefinition(nameof(FatalErrorTests), DisableParallelization = true)]
public sealed class FatalErrorTests
{
    [Theory]
    [InlineData("auth.test", "invalid_auth", "Slack:BotToken")]
    [InlineData("auth.test", "token_revoked", "Slack:BotToken")]
    [InlineData("apps.connections.open", "invalid_auth", "Slack:AppToken")]
    [InlineData("apps.connections.open", "not_authed", "Slack:AppToken")]
    [InlineData("apps.connections.open", "account_inactive", "Slack:AppToken")]
    public async Task RejectedToken_StopsTheHostWithOneClearLineAndAFailingExitCode(string method, string error, string setting)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Script(method, FakeResponse.Error(error));
        try
        {
            await using var bot = await BotHost.StartSocketModeAsync(slack);

            await Eventually.TrueAsync(() => bot.Lifetime.ApplicationStopping.IsCancellationRequested, "the host to stop");
            Assert.NotEqual(0, Environment.ExitCode);
            var fatal = Assert.Single(bot.Logs.Entries, e => e.EventId == 4006);
            Assert.Contains(setting, fatal.Message, StringComparison.Ordinal);
            Assert.Contains(error, fatal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("secret", StringComparison.OrdinalIgnoreCase));
            Assert.Single(slack.CallsTo(method));
            Assert.Empty(slack.Sockets);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
