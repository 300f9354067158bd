using System.Globalization;
using System.Net;
using TalksBot.TestKit;

namespace TalksBot.Tests.Operations;

/// <summary>The built executable serving Slack over HTTP against a fake Web API whose posts are slow:
/// SIGTERM with answers in flight answers every acknowledged question exactly once, refuses what comes
/// later so that Slack would deliver it again, and exits 0.</summary>
public sealed class ProcessShutdownTests
{
    private const int Questions = 8;

    private static readonly string SigningSecret = TestCredentials.Random();

    [Fact]
    public async Task Sigterm_WithAnswersInFlight_AnswersEveryAcknowledgedQuestionOnceAndExitsZero()
    {
        await using var slack = await FakeSlackApi.StartAsync(postDelay: TimeSpan.FromSeconds(1));
        using var bot = RunningBot.StartSlackOverHttp(slack, SigningSecret, "--Operations:ShutdownTimeout=00:00:20");
        using var http = new HttpClient();
        await bot.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(60));

        var acknowledged = new List<string>();
        for (var i = 0; i < Questions; i++)
        {
            var ts = Timestamp(i);
            using var response = await PostMentionAsync(http, bot.Address, ts);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            acknowledged.Add(ts);
        }

        await EventuallyAsync(() => !slack.PostsStarted.IsEmpty, "the first answer to be on its way");
        var metrics = await http.GetStringAsync(new Uri(bot.Address, "/metrics"));
        Assert.Contains("talksbot_replies_total{", metrics, StringComparison.Ordinal);
        Assert.True(slack.PostsAnswered.Count < Questions, "every answer was out before SIGTERM; nothing was in flight");
        bot.Terminate();
        var lateTs = Timestamp(Questions);
        if (await TryPostMentionAsync(http, bot.Address, lateTs) == HttpStatusCode.OK)
        {
            // It slipped in before the queue closed: then it was acknowledged and must be answered too.
            acknowledged.Add(lateTs);
        }

        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, exitCode);
        Assert.Equal(acknowledged.Order(), slack.PostsAnswered.Select(p => p.GetProperty("thread_ts").GetString()!).Order());
        Assert.Contains("Slack shutting down", bot.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cancelled", bot.Error, StringComparison.Ordinal);
    }

    private static string Timestamp(int i) => "1648555100." + i.ToString("D6", CultureInfo.InvariantCulture);

    private static async Task<HttpStatusCode?> TryPostMentionAsync(HttpClient http, Uri address, string ts)
    {
        try
        {
            using var response = await PostMentionAsync(http, address, ts);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null; // The listener had already stopped: no acknowledgement either.
        }
    }

    private static Task<HttpResponseMessage> PostMentionAsync(HttpClient http, Uri address, string ts) =>
        SignedMention.PostAsync(http, address, SigningSecret, ts);

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "timed out waiting for " + what);
    }
}
