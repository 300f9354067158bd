using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;
using TalksBot.Load.Cluster;
using TalksBot.Load.Discord;
using TalksBot.Load.Slack;
using TalksBot.Slack.Tests.FakeSlack;

namespace TalksBot.Load;

/// <summary><c>load</c>: two bot processes sharing a redis-server behind the fakes; Slack deliveries with
/// duplicates, Discord interactions at a fixed rate, then both again under faults (a 429/5xx/slow Web API,
/// redis-server killed and restarted, one bot SIGTERMed and restarted). Exit code 1 when anything was lost,
/// answered twice outside a Redis outage, late, or a bot crashed or exited non-zero.</summary>
public static class LoadCommand
{
    public const string Verb = "load";

    private const int Bots = 2;
    private const int Concurrency = 16;
    private const double DuplicateShare = 0.3;

    /// <summary>The faulted run's pace, so that its faults fall at different times: 2,000 deliveries take 20 s.</summary>
    private const double FaultedPerSecond = 100;

    public static async Task<int> RunAsync(int deliveries, int interactions, double perSecond, string[] botArgs)
    {
        var questions = LoadQuestions.Read();
        using var http = new HttpClient();
        using var key = new SigningKey();
        await using var discord = await FakeDiscordServer.StartAsync();
        Console.Error.WriteLine("starting redis-server and two bots ...");
        await using var cluster = await LoadCluster.StartAsync(Bots, LoadSettings.Discord(discord, key), botArgs, http);
        var slackRun = () => new SlackDeliveryRun(cluster, http);
        var discordRun = new InteractionRun(http, key, [.. cluster.Bots.Select(b => b.Address)], questions);
        var failed = false;

        var clean = await slackRun().RunAsync(SlackDeliveryPlan.Create(deliveries, DuplicateShare, Bots, questions, tag: 1, seed: 1), [], Concurrency);
        clean.Print(Console.Out, "Slack, no faults, as fast as 16 at a time go");
        failed |= clean.Failed;

        var paced = await discordRun.RunAsync(interactions, perSecond);
        paced.Print(Console.Out, "Discord interactions, no faults");
        failed |= paced.FailedRun;

        ScheduledFault[] faults =
        [
            new(0.10, "Web API storm: every chat.postMessage answered 429 (Retry-After 1 s) for 12 s (longer than a post's retry budget), then 503 for 1 s, then slowly (2 s) for 3 s",
                () => WebApiStormAsync(cluster.Slack)),
            new(0.30, "redis-server killed, restarted 3 s later", () => cluster.KillRedisAsync(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5))),
            new(0.60, "bot 1 SIGTERM, then started again", () => cluster.RestartBotAsync(1, http)),
        ];
        var faulted = await slackRun().RunAsync(SlackDeliveryPlan.Create(deliveries, DuplicateShare, Bots, questions, tag: 2, seed: 2), faults, Concurrency, FaultedPerSecond);
        faulted.Print(Console.Out, $"Slack, with faults, {FaultedPerSecond:F0} deliveries a second");
        failed |= faulted.Failed;

        var outage = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(interactions / perSecond * 0.3));
            Console.Error.WriteLine("fault: redis-server killed during the interactions, restarted 3 s later");
            await cluster.KillRedisAsync(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5));
        });
        var underOutage = await discordRun.RunAsync(interactions, perSecond);
        await outage;
        underOutage.Print(Console.Out, "Discord interactions, redis-server killed and restarted mid-run");
        failed |= underOutage.FailedRun;

        var crashed = cluster.Bots.Where(b => b.Crashed).Select(b => b.Index).ToList();
        await cluster.StopBotsAsync();
        var exits = cluster.Bots.Select(b => $"bot {b.Index}: {string.Join(", ", b.ExitCodes)}");
        Console.WriteLine($"== processes: crashed {(crashed.Count == 0 ? "none" : string.Join(", ", crashed))}; exit codes after SIGTERM {string.Join("; ", exits)}");
        failed |= crashed.Count > 0 || cluster.Bots.Any(b => b.ExitCodes.Any(code => code != 0));
        await cluster.WriteLogsAsync(Console.Out, Verb);
        Console.WriteLine(failed ? "LOAD RUN FAILED" : "LOAD RUN OK");
        return failed ? 1 : 0;
    }

    /// <summary>Slack refusing or slow for a while: each answer queued lasts until a call takes it or the window ends.</summary>
    private static async Task WebApiStormAsync(FakeSlackServer slack)
    {
        const string Method = "chat.postMessage";
        const int Plenty = 10_000;
        slack.Script(Method, [.. Enumerable.Repeat(FakeResponse.RateLimited(1), Plenty)]);
        await Task.Delay(TimeSpan.FromSeconds(12));
        slack.ClearScript(Method);
        slack.Script(Method, [.. Enumerable.Repeat(FakeResponse.ServerError(), Plenty)]);
        await Task.Delay(TimeSpan.FromSeconds(1));
        slack.ClearScript(Method);
        slack.Script(Method, [.. Enumerable.Range(0, Plenty).Select(i => FakeResponse.Ok($$"""{"ok":true,"channel":"C1","ts":"1700009999.{{i:D6}}"}""") with { Delay = TimeSpan.FromSeconds(2) })]);
        await Task.Delay(TimeSpan.FromSeconds(3));
        slack.ClearScript(Method);
    }
}
