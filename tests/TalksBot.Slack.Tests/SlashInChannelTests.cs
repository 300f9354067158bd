using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

public sealed class SlashInChannelTests : BotTestBase
{
    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) => BotHost.StartHttpAsync(slack, slashInChannel: true);

    [Theory]
    [InlineData("who proposed neutrality?", "in_channel")]
    [InlineData("help", "ephemeral")]
    public async Task SlashInChannelOn_AnswersInChannelButHelpStaysPrivate(string text, string expected)
    {
        var responseUrl = Slack.NewResponseUrl();

        await Bot.PostSignedAsync("slack/commands", SlashCommandForm(text, responseUrl), "application/x-www-form-urlencoded");

        Assert.Equal(expected, (await ResponseUrlPostAsync(responseUrl)).Field("response_type"));
    }
}
