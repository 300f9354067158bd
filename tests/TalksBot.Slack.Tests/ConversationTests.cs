using TalksBot.Core.Chat;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.TestKit;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>Follow-ups with the real Core: a mention's thread is one conversation, a DM is another, and
/// a new top-level mention or a slash command inherits nothing.</summary>
public sealed class ConversationTests : BotTestBase
{
    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) =>
        BotHost.StartAsync(BotHost.Settings(slack, socketMode: false, http: true), TestCore.CreateRouter());

    [Fact]
    public async Task ThreadAndDm_FollowUpsUseTheirOwnConversation_ANewMentionDoesNot()
    {
        await Bot.PostEventAsync(AppMention("Ev5001", Mention("what did kirby say about the withdrawal"), ts: "1700000000.000100"));
        await PostAsync(1);
        await Bot.PostEventAsync(AppMention("Ev5002", Mention("what about Kyiv?"), ts: "1700000000.000200", threadTs: "1700000000.000100"));
        var kyiv = await PostAsync(2);
        await Bot.PostEventAsync(DirectMessage("Ev5003", "what did Biden say", ts: "1700000000.000300"));
        await PostAsync(3);
        await Bot.PostEventAsync(DirectMessage("Ev5004", "what about the Donbas?", ts: "1700000000.000400"));
        await PostAsync(4);
        await Bot.PostEventAsync(AppMention("Ev5005", Mention("what about the Donbas?"), ts: "1700000000.000500"));
        await PostAsync(5);

        var replies = Bot.Router.Replies;
        Assert.Equal("John Kirby", replies[1].Citations[0].Speaker);
        Assert.Contains("movement by some Russian units", replies[1].Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal("1700000000.000100", kyiv.Field("thread_ts"));
        Assert.StartsWith("The coverage doesn't quote Joe Biden on that.", replies[3].Text, StringComparison.Ordinal);
        Assert.Contains("reprioritizing the Donbas", replies[4].Citations[0].Quote, StringComparison.Ordinal);
        Assert.DoesNotContain("Joe Biden", replies[4].Text, StringComparison.Ordinal);
        Assert.Equal(
            ["slack:C123ABC456/1700000000.000100", "slack:C123ABC456/1700000000.000100", "slack:D024BE91L", "slack:D024BE91L", "slack:C123ABC456/1700000000.000500"],
            Bot.Router.Messages.Select(m => m.ConversationId));
    }

    [Fact]
    public async Task SlashCommand_BelongsToNoConversation()
    {
        var responseUrl = Slack.NewResponseUrl();

        await Bot.PostSignedAsync("slack/commands", SlashCommandForm("what about the Donbas?", responseUrl), "application/x-www-form-urlencoded");
        await ResponseUrlPostAsync(responseUrl);

        var message = Assert.Single(Bot.Router.Messages);
        Assert.Null(message.ConversationId);
        Assert.Equal(ReplyKind.Answer, Bot.Router.Replies[0].Kind);
    }
}
