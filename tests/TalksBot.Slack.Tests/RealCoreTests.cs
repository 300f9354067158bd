using TalksBot.Core.Chat;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.TestKit;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>End to end with the real Core over the repository's data: a Slack question comes back as a
/// Block Kit answer quoting the article verbatim, with the speaker.</summary>
public sealed class RealCoreTests : BotTestBase
{
    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) =>
        BotHost.StartAsync(BotHost.Settings(slack, socketMode: true, http: true), TestCore.CreateRouter());

    [Fact]
    public async Task MentionOverSocketMode_ThreadedAnswerQuotesTheArticleVerbatimWithItsSpeaker()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", AppMention("Ev3001", Mention("who said this is not a ceasefire?")));

        var post = await PostAsync(1);
        var reply = Assert.Single(Bot.Router.Replies);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        var first = reply.Citations[0];
        Assert.Equal("Vladimir Medinsky", first.Speaker);
        Assert.Contains("This is not a ceasefire", first.Quote, StringComparison.Ordinal);
        Assert.Equal("1515449522.000016", post.Field("thread_ts"));
        var texts = SlackJson.Texts(post.Json);
        Assert.Contains(texts, t => t.Contains(SlackText.Escape(first.Quote.Trim()), StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("— Vladimir Medinsky", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoreQuotesButton_WithTheRealRouter_ShowsTheNextCitations()
    {
        await Bot.PostEventAsync(AppMention("Ev3002", Mention("what did ukraine propose?")));
        var first = await PostAsync(1);
        var more = Assert.Single(Bot.Router.Replies).More;
        Assert.NotNull(more);
        var button = first.Json.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements")[0];
        Assert.Equal(more.Command, button.GetProperty("value").GetString());

        await Bot.PostSignedAsync("slack/interactivity", InteractivityForm(BlockActions(more.Command, Slack.NewResponseUrl())), "application/x-www-form-urlencoded");

        var second = await PostAsync(2);
        var page = Bot.Router.Replies[1];
        Assert.Equal(ReplyKind.Answer, page.Kind);
        Assert.True(page.FirstCitationNumber > 1);
        Assert.Contains(SlackJson.Texts(second.Json), t => t.Contains(SlackText.Escape(page.Citations[0].Quote.Trim()), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("help", "ephemeral")]
    [InlineData("speakers", "ephemeral")]
    [InlineData("sources", "ephemeral")]
    [InlineData("quotes Medinsky", "ephemeral")]
    [InlineData("who said this is not a ceasefire", "ephemeral")]
    public async Task TalksCommandOverHttp_EverySubcommandAnsweredThroughResponseUrl(string text, string responseType)
    {
        var responseUrl = Slack.NewResponseUrl();

        await Bot.PostSignedAsync("slack/commands", SlashCommandForm(text, responseUrl), "application/x-www-form-urlencoded");

        var answer = await ResponseUrlPostAsync(responseUrl);
        Assert.Equal(responseType, answer.Field("response_type"));
        var reply = Assert.Single(Bot.Router.Replies);
        Assert.NotEqual(ReplyKind.Error, reply.Kind);
        Assert.Contains(SlackJson.Texts(answer.Json), t => t.Contains(SlackText.Escape(reply.Text).Split('\n')[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task BothWaysInAtOnce_AnswerAndNeverLogATokenOrTheSecret()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", AppMention("Ev3003", Mention("who said this is not a ceasefire?")));
        await Bot.PostEventAsync(DirectMessage("Ev3004", "who said the russian delegation was constructive?"));

        await PostAsync(2);
        Assert.NotEmpty(Bot.Logs.Entries);
        Assert.DoesNotContain(Bot.Logs.Entries, e =>
            e.Message.Contains(BotHost.BotToken, StringComparison.Ordinal)
            || e.Message.Contains(BotHost.AppToken, StringComparison.Ordinal)
            || e.Message.Contains(BotHost.SigningSecret, StringComparison.Ordinal));
    }
}
