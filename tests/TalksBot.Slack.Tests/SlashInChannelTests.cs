using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

public sealed class SlashInChannelTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _bot = await BotHost.StartHttpAsync(_slack, slashInChannel: true);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Theory]
    [InlineData("who proposed neutrality?", "in_channel")]
    [InlineData("help", "ephemeral")]
    public async Task SlashInChannelOn_AnswersInChannelButHelpStaysPrivate(string text, string expected)
    {
        var responseUrl = _slack.NewResponseUrl();

        await _bot.PostSignedAsync("slack/commands", SlashCommandForm(text, responseUrl), "application/x-www-form-urlencoded");

        var hook = "hooks/" + responseUrl.Split('/')[^1];
        await Eventually.TrueAsync(() => _slack.CallsTo(hook).Count == 1, "the response_url post");
        Assert.Equal(expected, _slack.CallsTo(hook)[0].Field("response_type"));
    }
}
