using System.Globalization;
using System.Net;
using TalksBot.TestKit;

namespace TalksBot.Tests.Operations;

/// <summary>The built executable serving Slack over HTTP with a per-user limit of 2 a minute: a user's third
/// question gets the private "please wait" reply instead of an answer, another user is still answered, and
/// /metrics counts the refusal.</summary>
public sealed class ProcessRateLimitTests
{
    private static readonly string SigningSecret = TestCredentials.Random();

    [Fact]
    public async Task ThirdQuestionOfAUserWithinTheMinute_PrivatePleaseWaitReply_OtherUsersStillAnswered()
    {
        await using var slack = await FakeSlackApi.StartAsync(postDelay: TimeSpan.Zero);
        using var bot = RunningBot.StartSlackOverHttp(slack, SigningSecret, "--RateLimits:PerUser=2", "--RateLimits:UserWindow=00:01:00");
        using var http = new HttpClient();
        await bot.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(60));

        foreach (var (i, user) in new[] { (0, "U0LIMITED"), (1, "U0LIMITED"), (2, "U0LIMITED"), (3, "U0OTHER01") })
        {
            using var response = await SignedMention.PostAsync(http, bot.Address, SigningSecret, "1648555300." + i.ToString("D6", CultureInfo.InvariantCulture), user);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        for (var wait = 0; wait < 300 && (slack.PostsAnswered.Count < 3 || slack.Ephemerals.IsEmpty); wait++)
        {
            await Task.Delay(100);
        }

        var refusal = Assert.Single(slack.Ephemerals);
        Assert.Equal("U0LIMITED", refusal.GetProperty("user").GetString());
        Assert.Contains("Please wait", refusal.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, slack.PostsAnswered.Count);
        var metrics = await http.GetStringAsync(new Uri(bot.Address, "/metrics"));
        Assert.Contains("talksbot_questions_rate_limited_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("scope=\"user\"", metrics, StringComparison.Ordinal);
    }
}
