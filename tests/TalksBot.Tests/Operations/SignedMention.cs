using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TalksBot.Tests.Operations;

/// <summary>An app_mention "who proposed neutrality?" as Slack's Events API posts it, signed with the app's secret.</summary>
internal static class SignedMention
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri address, string signingSecret, string ts, string user = "U0USER001")
    {
        var body = new JsonObject
        {
            ["token"] = "fake-verification-token",
            ["team_id"] = "T0TEAM001",
            ["api_app_id"] = "A0APP0001",
            ["type"] = "event_callback",
            ["event_id"] = "Ev" + ts.Replace(".", "", StringComparison.Ordinal),
            ["event_time"] = 1648555100,
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention",
                ["text"] = $"<@{FakeSlackApi.BotUserId}> who proposed neutrality?",
                ["user"] = user,
                ["ts"] = ts,
                ["team"] = "T0TEAM001",
                ["channel"] = "C0CHAN001",
                ["event_ts"] = ts,
            },
        }.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/slack/events")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return http.SendAsync(request);
    }
}
