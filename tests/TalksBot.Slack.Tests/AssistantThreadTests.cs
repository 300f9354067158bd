using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.TestKit;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>"Agents &amp; AI Apps" threads over Socket Mode: suggested prompts from the data when a thread
/// starts, a status while an answer is worked out, the answer in the thread.</summary>
public sealed class AssistantThreadTests : BotTestBase
{
    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) => BotHost.StartSocketModeAsync(slack);

    [Fact]
    public async Task ThreadStarted_SuggestsQuestionsTheDataAnswers_OnceThoughDeliveredTwice()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", AssistantThreadStarted("Ev5001"), retryAttempt: 0);
        await socket.SendEnvelopeAsync("events_api", AssistantThreadStarted("Ev5001"), retryAttempt: 1, retryReason: "timeout");

        await Eventually.TrueAsync(() => Slack.CallsTo("assistant.threads.setSuggestedPrompts").Count >= 1, "setSuggestedPrompts");
        await Eventually.SettleAsync();
        var call = Assert.Single(Slack.CallsTo("assistant.threads.setSuggestedPrompts"));
        Assert.Equal("Bearer " + BotHost.BotToken, call.Authorization);
        Assert.Equal(DmChannel, call.Field("channel_id"));
        Assert.Equal("1729999327.187299", call.Field("thread_ts"));
        var prompts = call.Json.GetProperty("prompts").EnumerateArray().ToList();
        Assert.InRange(prompts.Count, 1, 4);
        var engine = TestCore.CreateEngine();
        Assert.All(prompts, p => Assert.True(engine.Ask(p.GetProperty("message").GetString()!).Answered));
        Assert.All(prompts, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetString())));
        Assert.Empty(Bot.Router.Messages);
    }

    [Fact]
    public async Task QuestionInTheThread_StatusFirst_ThenTheAnswerInTheThread()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", AssistantThreadMessage("Ev5002", "who proposed neutrality?"));

        var post = await SinglePostAsync();
        var status = Assert.Single(Slack.CallsTo("assistant.threads.setStatus"));
        Assert.Equal(DmChannel, status.Field("channel_id"));
        Assert.Equal("1729999327.187299", status.Field("thread_ts"));
        Assert.False(string.IsNullOrWhiteSpace(status.Field("status")));
        var methods = Slack.Calls.Select(c => c.Method).ToList();
        Assert.True(methods.IndexOf("assistant.threads.setStatus") < methods.IndexOf("chat.postMessage"));
        Assert.Equal("1729999327.187299", post.Field("thread_ts"));
        Assert.Equal("who proposed neutrality?", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task PlainDirectMessage_NoStatus()
    {
        var socket = await Slack.WaitForSocketAsync(0);

        await socket.SendEnvelopeAsync("events_api", DirectMessage("Ev5003", "who proposed neutrality?"));

        await SinglePostAsync();
        Assert.Empty(Slack.CallsTo("assistant.threads.setStatus"));
    }
}
