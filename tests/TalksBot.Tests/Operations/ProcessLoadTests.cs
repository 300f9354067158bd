using TalksBot.Load;
using TalksBot.Load.Cluster;
using TalksBot.Load.Slack;
using TalksBot.TestKit;

namespace TalksBot.Tests.Operations;

/// <summary>The load runner's Slack part, small (bench/TalksBot.Load runs it at 2,000): two bot processes sharing
/// their own redis-server behind the fake Slack, 200 Events API deliveries of which 30% are duplicates (retries
/// with <c>X-Slack-Retry-Num</c>) spread across both → each event answered exactly once, counted at the fake Web
/// API; and the same with one process SIGTERMed mid-run and started again → nothing lost, nothing twice, exit 0.
/// Skipped, saying so, where no redis-server is installed.</summary>
public sealed class ProcessLoadTests
{
    private const int Deliveries = 200;
    private const int Bots = 2;
    private const int Concurrency = 8;

    /// <summary>200 deliveries over 5 s, so that deliveries reach the restarted process too.</summary>
    private const double RestartPerSecond = 40;

    [SkippableFact]
    public async Task TwoProcessesSharingRedis_DeliveriesWithDuplicatesAndRetries_EachEventAnsweredExactlyOnce()
    {
        Skip.IfNot(RedisServer.IsInstalled, RedisServer.NotInstalled);
        using var http = new HttpClient();
        await using var cluster = await StartClusterAsync(http);
        var plan = SlackDeliveryPlan.Create(Deliveries, 0.3, Bots, LoadQuestions.Read(), tag: 1, seed: 12);

        var report = await new SlackDeliveryRun(cluster, http).RunAsync(plan, [], Concurrency);
        await cluster.StopBotsAsync();

        AssertExactlyOnce(report, plan);
        Assert.All(cluster.Bots, bot => Assert.Equal([0], bot.ExitCodes));
    }

    [SkippableFact]
    public async Task OneProcessSigtermedMidRunAndRestarted_NothingLostNothingAnsweredTwice()
    {
        Skip.IfNot(RedisServer.IsInstalled, RedisServer.NotInstalled);
        using var http = new HttpClient();
        await using var cluster = await StartClusterAsync(http);
        var plan = SlackDeliveryPlan.Create(Deliveries, 0.3, Bots, LoadQuestions.Read(), tag: 2, seed: 13);
        var restarted = 0;
        ScheduledFault restart = new(0.3, "bot 1 SIGTERM, then started again", async () =>
        {
            Assert.Equal(0, await cluster.RestartBotAsync(1, http));
            restarted++;
        });

        var report = await new SlackDeliveryRun(cluster, http).RunAsync(plan, [restart], Concurrency, RestartPerSecond);
        var crashed = cluster.Bots.Where(b => b.Crashed).ToList();
        await cluster.StopBotsAsync();

        Assert.Equal(1, restarted);
        Assert.Empty(crashed);
        AssertExactlyOnce(report, plan);
        Assert.Equal([0], cluster.Bots[0].ExitCodes);
        Assert.Equal([0, 0], cluster.Bots[1].ExitCodes);
    }

    private static async Task<LoadCluster> StartClusterAsync(HttpClient http) =>
        await LoadCluster.StartAsync(Bots, new Dictionary<string, string>(), ["--Semantic:Enabled=false"], http);

    private static void AssertExactlyOnce(SlackLoadReport report, SlackDeliveryPlan plan)
    {
        var summary = new StringWriter();
        report.Print(summary, "Slack deliveries");
        Assert.True(plan.Deliveries.Count > plan.Events.Count, "the plan has no duplicates");
        Assert.True(report.Undelivered == 0, summary.ToString());
        Assert.True(report.Lost == 0, summary.ToString());
        Assert.True(report.Duplicated == 0, summary.ToString());
        Assert.Equal(plan.Events.Count, report.Answered);
    }
}
