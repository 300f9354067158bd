using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>A router that throws: the asker gets a short private apology, never the exception's text.</summary>
public sealed class AnswerFailureTests : BotTestBase
{
    private const string Internal = "corpus index at /srv/secret/path is corrupt";

    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) =>
        BotHost.StartHttpAsync(slack, new FakeRouter(_ => throw new InvalidOperationException(Internal)));

    [Fact]
    public async Task RouterThrowsOnAMention_AskerGetsAPrivateErrorWithoutTheExceptionText()
    {
        using var response = await Bot.PostEventAsync(AppMention("Ev2001", Mention("who proposed neutrality?")));

        await Eventually.TrueAsync(() => Slack.CallsTo("chat.postEphemeral").Count == 1, "chat.postEphemeral");
        var post = Slack.CallsTo("chat.postEphemeral")[0];
        Assert.Equal(User, post.Field("user"));
        Assert.Equal(Channel, post.Field("channel"));
        Assert.DoesNotContain(Internal, post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", post.Body, StringComparison.Ordinal);
        Assert.Empty(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task RouterThrowsOnASlashCommand_ErrorGoesEphemerallyToTheResponseUrl()
    {
        var responseUrl = Slack.NewResponseUrl();

        using var response = await Bot.PostSignedAsync("slack/commands", SlashCommandForm("who proposed neutrality?", responseUrl), "application/x-www-form-urlencoded");

        var answer = await ResponseUrlPostAsync(responseUrl);
        Assert.Equal("ephemeral", answer.Field("response_type"));
        Assert.DoesNotContain(Internal, answer.Body, StringComparison.Ordinal);
    }
}
