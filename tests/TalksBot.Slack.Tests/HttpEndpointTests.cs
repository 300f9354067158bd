using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

public sealed class HttpEndpointTests : BotTestBase
{
    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack) => BotHost.StartHttpAsync(slack);

    [Fact]
    public async Task SignedMention_Answers200WithinDeadlineThenRepliesInThread()
    {
        await WarmUpAsync();
        var clock = Stopwatch.StartNew();
        using var response = await Bot.PostEventAsync(AppMention("Ev1001", Mention("who proposed neutrality?")));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        var post = await SinglePostAsync();
        Assert.Equal("1515449522.000016", post.Field("thread_ts"));
        Assert.Contains(SlackJson.Texts(post.Json), t => t.Contains(FakeRouter.Quote, StringComparison.Ordinal));
    }

    public static TheoryData<string> Tamperings => ["tampered body", "wrong secret", "stale timestamp", "future timestamp", "missing headers", "unknown version"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task UnverifiableRequest_Refused401AndNothingAnswered(string tampering)
    {
        var body = AppMention("Ev1002", Mention("who proposed neutrality?")).ToJsonString();
        var now = Bot.Time.GetUtcNow();
        var (secret, at) = tampering switch
        {
            "wrong secret" => ("0000000000000000notthesecret0000", now),
            "stale timestamp" => (BotHost.SigningSecret, now.AddMinutes(-5).AddSeconds(-1)),
            "future timestamp" => (BotHost.SigningSecret, now.AddMinutes(5).AddSeconds(1)),
            _ => (BotHost.SigningSecret, now),
        };

        using var response = await Bot.PostSignedAsync("slack/events", body, "application/json", secret, at, request =>
        {
            switch (tampering)
            {
                case "tampered body":
                    request.Content = new StringContent(body.Replace("neutrality", "neutrality!", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
                    break;
                case "missing headers":
                    request.Headers.Remove("X-Slack-Signature");
                    request.Headers.Remove("X-Slack-Request-Timestamp");
                    break;
                case "unknown version":
                    var signature = request.Headers.GetValues("X-Slack-Signature").Single();
                    request.Headers.Remove("X-Slack-Signature");
                    request.Headers.Add("X-Slack-Signature", "v1" + signature[2..]);
                    break;
            }
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Eventually.SettleAsync();
        Assert.Empty(Bot.Router.Messages);
        Assert.Empty(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task TimestampJustInsideWindow_Accepted()
    {
        var body = DirectMessage("Ev1003", "who proposed neutrality?").ToJsonString();

        using var response = await Bot.PostSignedAsync("slack/events", body, "application/json", at: Bot.Time.GetUtcNow().AddMinutes(-5));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await SinglePostAsync();
    }

    [Fact]
    public async Task UnsubscribedEventShape_AcknowledgedAndIgnored()
    {
        var body = DirectMessage("Ev1006", "x");
        body["event"] = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "channel_created",
            ["channel"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "C024BE91L", ["name"] = "fun", ["creator"] = User },
        };

        using var response = await Bot.PostEventAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.SettleAsync();
        Assert.Empty(Bot.Router.Messages);
    }

    [Fact]
    public async Task UrlVerification_AnsweredWithTheChallengeAsJson()
    {
        using var response = await Bot.PostEventAsync(UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task SlackRetriesOverHttp_SameEventIdThreeTimes_AnsweredOnce()
    {
        var body = AppMention("Ev1004", Mention("once?"));

        for (var retry = 0; retry < 3; retry++)
        {
            using var response = await Bot.PostEventAsync(body, r =>
            {
                if (retry > 0)
                {
                    r.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    r.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
                }
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await SinglePostAsync();
        await Eventually.SettleAsync();
        Assert.Single(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SlashCommand_Acks200EmptyWithinDeadline_AnswerGoesToResponseUrlEphemerally()
    {
        var responseUrl = Slack.NewResponseUrl();
        await WarmUpAsync();

        var clock = Stopwatch.StartNew();
        using var response = await Bot.PostSignedAsync("slack/commands", SlashCommandForm("who proposed neutrality?", responseUrl), "application/x-www-form-urlencoded");
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var answer = await ResponseUrlPostAsync(responseUrl);
        Assert.Equal("ephemeral", answer.Field("response_type"));
        Assert.Contains(SlackJson.Texts(answer.Json), t => t.Contains(FakeRouter.Quote, StringComparison.Ordinal));
        Assert.Equal("who proposed neutrality?", Assert.Single(Bot.Router.Messages).Text);
    }

    [Theory]
    [InlineData("help", "help")]
    [InlineData("", "help")]
    [InlineData("speakers", "speakers")]
    [InlineData("quotes Alex Example", "quotes Alex Example")]
    [InlineData("sources", "sources")]
    public async Task SlashSubcommands_ReachTheRouterAsTyped(string typed, string routed)
    {
        var responseUrl = Slack.NewResponseUrl();

        using var response = await Bot.PostSignedAsync("slack/commands", SlashCommandForm(typed, responseUrl), "application/x-www-form-urlencoded");

        await ResponseUrlPostAsync(responseUrl);
        Assert.Equal(routed, Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task SlashCommandText_PlusEncodedSpaces_ArriveAsSpaces()
    {
        var responseUrl = Slack.NewResponseUrl();
        var form = "command=%2Ftalks&text=quotes+Alex+Example&user_id=U061F7AUR&channel_id=C123ABC456&response_url=" + Uri.EscapeDataString(responseUrl);

        await Bot.PostSignedAsync("slack/commands", form, "application/x-www-form-urlencoded");

        await ResponseUrlPostAsync(responseUrl);
        Assert.Equal("quotes Alex Example", Assert.Single(Bot.Router.Messages).Text);
    }

    [Fact]
    public async Task SslCheck_Answered200AndNothingProcessed()
    {
        var responseUrl = Slack.NewResponseUrl();

        using var response = await Bot.PostSignedAsync("slack/commands", SlashCommandForm("smuggled", responseUrl) + "&ssl_check=1", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.SettleAsync();
        Assert.Empty(Bot.Router.Messages);
    }

    [Fact]
    public async Task MoreQuotesButton_OnChannelMessage_PostsNextCitationsInThread()
    {
        var form = InteractivityForm(BlockActions(FakeRouter.MoreCommand, Slack.NewResponseUrl(), messageTs: "1648555200.000042"));

        using var response = await Bot.PostSignedAsync("slack/interactivity", form, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = await SinglePostAsync();
        Assert.Equal("1648555200.000042", post.Field("thread_ts"));
        Assert.Contains(SlackJson.Texts(post.Json), t => t.Contains(FakeRouter.SecondQuote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoreQuotesButton_PostGotNoAnswer_NotPostedAgainThroughTheResponseUrl()
    {
        var responseUrl = Slack.NewResponseUrl();
        Slack.Script("chat.postMessage", FakeResponse.ConnectionDropped());
        var form = InteractivityForm(BlockActions(FakeRouter.MoreCommand, responseUrl, messageTs: "1648555200.000042"));

        using var response = await Bot.PostSignedAsync("slack/interactivity", form, "application/x-www-form-urlencoded");

        await Eventually.TrueAsync(() => Bot.Logs.Entries.Any(e => e.EventId == 4049), "the unconfirmed post to be logged");
        await Eventually.SettleAsync();
        Assert.Single(Slack.CallsTo("chat.postMessage"));
        Assert.Empty(Slack.CallsToResponseUrl(responseUrl));
    }

    [Fact]
    public async Task MoreQuotesButton_OnEphemeralAnswer_RespondsThroughResponseUrl()
    {
        var responseUrl = Slack.NewResponseUrl();
        var form = InteractivityForm(BlockActions(FakeRouter.MoreCommand, responseUrl, ephemeral: true));

        using var response = await Bot.PostSignedAsync("slack/interactivity", form, "application/x-www-form-urlencoded");

        var answer = await ResponseUrlPostAsync(responseUrl);
        Assert.Equal("ephemeral", answer.Field("response_type"));
        Assert.Contains(SlackJson.Texts(answer.Json), t => t.Contains(FakeRouter.SecondQuote, StringComparison.Ordinal));
        Assert.Empty(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ForeignButton_IsAcknowledgedButNotRouted()
    {
        var payload = BlockActions("anything", Slack.NewResponseUrl());
        payload["actions"]![0]!["action_id"] = "someone_else";

        using var response = await Bot.PostSignedAsync("slack/interactivity", InteractivityForm(payload), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.SettleAsync();
        Assert.Empty(Bot.Router.Messages);
    }

    [Fact]
    public async Task HelpAsAMention_GoesOnlyToTheAskerAsEphemeral()
    {
        using var response = await Bot.PostEventAsync(AppMention("Ev1005", Mention("help")));

        await Eventually.TrueAsync(() => Slack.CallsTo("chat.postEphemeral").Count == 1, "chat.postEphemeral");
        var post = Slack.CallsTo("chat.postEphemeral")[0];
        Assert.Equal(User, post.Field("user"));
        Assert.Equal(Channel, post.Field("channel"));
        Assert.Empty(Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SlashCommand_ResponseUrlNeverAppearsInTheLogs()
    {
        var responseUrl = Slack.NewResponseUrl();

        using var response = await Bot.PostSignedAsync("slack/commands", SlashCommandForm("who proposed neutrality?", responseUrl), "application/x-www-form-urlencoded");

        await ResponseUrlPostAsync(responseUrl);
        await Eventually.SettleAsync();
        var hook = responseUrl.Split('/')[^1];
        Assert.DoesNotContain(Bot.Logs.Entries, e => e.Message.Contains(hook, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlainChannelMessageBeforeItsMention_MentionStillAnswered()
    {
        // With message.channels subscribed, the same post arrives as a plain message and as app_mention.
        var plain = AppMention("Ev1007", Mention("who proposed neutrality?"));
        plain["event"]!["type"] = "message";
        plain["event"]!["channel_type"] = "channel";

        using var first = await Bot.PostEventAsync(plain);
        using var second = await Bot.PostEventAsync(AppMention("Ev1008", Mention("who proposed neutrality?")));

        var post = await SinglePostAsync();
        Assert.Equal("1515449522.000016", post.Field("thread_ts"));
    }

    // The deadline is about the bot's handling, not the test process's first-request JIT.
    private async Task WarmUpAsync()
    {
        using var warmUp = await Bot.PostSignedAsync("slack/events", "{}", "application/json", secret: "not-the-secret-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, warmUp.StatusCode);
    }

}
