using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalksBot.Core.Feedback;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.TestKit;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>👍/👎 Block Kit buttons under every answer, over HTTP interactivity with real feedback into a
/// file: the clicker alone is told (through the click's response_url), one vote per user and answer.</summary>
public sealed class FeedbackButtonTests : BotTestBase, IDisposable
{
    private readonly FeedbackFixture _feedback = new();

    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) =>
        BotHost.StartAsync(BotHost.Settings(slack, http: true), _feedback.Router, services => services.AddSingleton(_feedback.Recorder));

    public void Dispose() => _feedback.Dispose();

    [Fact]
    public async Task Answer_CarriesThumbsUpAndDown_ThenAThumbsDownGetsReasonsAndAReasonUpdatesThatAck()
    {
        using var mention = await Bot.PostEventAsync(AppMention("Ev3001", Mention("who proposed neutrality?")));
        var post = await SinglePostAsync();
        var buttons = Buttons(post.Json).ToDictionary(b => b.ActionId, b => b.Value);
        Assert.Contains("tb:fb:up", buttons.Keys);
        var token = buttons["tb:fb:down"];
        Assert.Equal(buttons["tb:fb:up"], token);

        var voteUrl = Slack.NewResponseUrl();
        using var down = await ClickAsync("tb:fb:down", token, voteUrl);
        var ack = await ResponseUrlPostAsync(voteUrl);
        var reasonUrl = Slack.NewResponseUrl();
        using var reason = await ClickAsync("tb:fb:reason:3", token, reasonUrl);
        var noted = await ResponseUrlPostAsync(reasonUrl);

        Assert.Equal("ephemeral", ack.Field("response_type"));
        Assert.False(ack.Json.GetProperty("replace_original").GetBoolean());
        Assert.StartsWith("Thanks for the 👎", ack.Field("text"), StringComparison.Ordinal);
        Assert.Equal(4, Buttons(ack.Json).Count(b => b.ActionId.StartsWith("tb:fb:reason:", StringComparison.Ordinal)));
        Assert.Equal("ephemeral", noted.Field("response_type"));
        Assert.True(noted.Json.GetProperty("replace_original").GetBoolean());
        Assert.StartsWith("Noted: should not have answered", noted.Field("text"), StringComparison.Ordinal);
        var vote = Assert.Single(await _feedback.Store.ReadVotesAsync());
        Assert.Equal((Vote.Down, FeedbackReason.ShouldNotHaveAnswered, "who proposed neutrality?", "slack"), (vote.Vote, vote.Reason, vote.Question, vote.Platform));
        Assert.NotEmpty(vote.Statements);
        Assert.Single(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task TwoPeopleAndAChangedMind_TwoVotes_NoNamesInAnyAck()
    {
        using var mention = await Bot.PostEventAsync(AppMention("Ev3002", Mention("who proposed neutrality?")));
        var token = Buttons((await SinglePostAsync()).Json).First(b => b.ActionId == "tb:fb:up").Value;

        var urls = new[] { Slack.NewResponseUrl(), Slack.NewResponseUrl(), Slack.NewResponseUrl() };
        using (await ClickAsync("tb:fb:up", token, urls[0])) { }
        await ResponseUrlPostAsync(urls[0]);
        using (await ClickAsync("tb:fb:down", token, urls[1], user: "U0OTHER01")) { }
        await ResponseUrlPostAsync(urls[1]);
        using (await ClickAsync("tb:fb:down", token, urls[2])) { }
        var changed = await ResponseUrlPostAsync(urls[2]);

        Assert.StartsWith("Changed your rating to 👎", changed.Field("text"), StringComparison.Ordinal);
        var votes = await _feedback.Store.ReadVotesAsync();
        Assert.Equal(2, votes.Count);
        Assert.All(votes, v => Assert.Equal(Vote.Down, v.Vote));
        Assert.DoesNotContain(Slack.CallsToResponseUrl(urls[2]), c => c.Json.GetRawText().Contains(User, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> ClickAsync(string actionId, string value, string responseUrl, string user = User)
    {
        var payload = BlockActions(value, responseUrl);
        payload["actions"]![0]!["action_id"] = actionId;
        payload["user"]!["id"] = user;
        return Bot.PostSignedAsync("slack/interactivity", InteractivityForm(payload), "application/x-www-form-urlencoded");
    }

    private static IEnumerable<(string ActionId, string Value)> Buttons(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Select(e => (e.GetProperty("action_id").GetString()!, e.GetProperty("value").GetString()!));
}
