using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TalksBot.Slack.Tests.FakeSlack;

namespace TalksBot.Load.Slack;

/// <summary>An event_callback with an app_mention, as Slack's Events API posts it, signed with the app's secret now.</summary>
public static class SignedEventRequest
{
    public static HttpRequestMessage Create(Uri bot, string signingSecret, SlackDelivery delivery)
    {
        var e = delivery.Event;
        var body = new JsonObject
        {
            ["token"] = "fake-verification-token",
            ["team_id"] = "T0TEAM001",
            ["api_app_id"] = SlackPayloads.AppId,
            ["type"] = "event_callback",
            ["event_id"] = e.EventId,
            ["event_time"] = 1_700_000_000,
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention",
                ["text"] = $"<@{FakeSlackServer.BotUserId}> {e.Question}",
                ["user"] = e.User,
                ["ts"] = e.Ts,
                ["team"] = "T0TEAM001",
                ["channel"] = e.Channel,
                ["event_ts"] = e.Ts,
            },
        }.ToJsonString();
        var (timestamp, signature) = SlackSigner.Sign(signingSecret, DateTimeOffset.UtcNow, body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot, "slack/events"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        if (delivery.RetryNum > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", delivery.RetryNum.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }
}
