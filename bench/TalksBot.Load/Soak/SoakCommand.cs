using System.Diagnostics;
using System.Globalization;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;
using TalksBot.Load.Cluster;
using TalksBot.Load.Discord;
using TalksBot.Load.Slack;

namespace TalksBot.Load.Soak;

/// <summary><c>soak</c>: the load cluster kept busy for a while (rounds of 300 Slack deliveries with 30%
/// duplicates and 200 Discord interactions at 20/s), sampling each bot's resident memory after every round.
/// Not for CI. Exit code 1 when an answer was lost or doubled, or a bot crashed.</summary>
public static class SoakCommand
{
    public const string Verb = "soak";

    private const int Bots = 2;
    private const int DeliveriesPerRound = 300;
    private const int InteractionsPerRound = 200;
    private const double InteractionsPerSecond = 20;

    public static async Task<int> RunAsync(TimeSpan duration, string[] botArgs)
    {
        var questions = LoadQuestions.Read();
        using var http = new HttpClient();
        using var key = new SigningKey();
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var cluster = await LoadCluster.StartAsync(Bots, LoadSettings.Discord(discord, key), botArgs, http);
        var discordRun = new InteractionRun(http, key, [.. cluster.Bots.Select(b => b.Address)], questions);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("minute  round  bot0 MB  bot1 MB  slack lost/dup  interactions failed/late  p99 ms");
        Console.WriteLine(string.Create(c, $"{0,6:F1}  {0,5}  {cluster.Bots[0].ResidentMegabytes(),7:F0}  {cluster.Bots[1].ResidentMegabytes(),7:F0}"));
        var clock = Stopwatch.StartNew();
        int lost = 0, doubled = 0, failedInteractions = 0, rounds = 0;
        var failureKinds = new Dictionary<string, int>(StringComparer.Ordinal);
        while (clock.Elapsed < duration)
        {
            rounds++;
            var plan = SlackDeliveryPlan.Create(DeliveriesPerRound, 0.3, Bots, questions, tag: 100 + rounds, seed: rounds);
            var slack = new SlackDeliveryRun(cluster, http).RunAsync(plan, [], concurrency: 4);
            var interactions = discordRun.RunAsync(InteractionsPerRound, InteractionsPerSecond);
            var (s, d) = (await slack, await interactions);
            lost += s.Lost + s.Undelivered;
            doubled += s.Duplicated;
            failedInteractions += d.Failed + d.Late;
            foreach (var (failure, n) in d.Failures)
            {
                failureKinds[failure] = failureKinds.GetValueOrDefault(failure) + n;
            }
            Console.WriteLine(string.Create(c,
                $"{clock.Elapsed.TotalMinutes,6:F1}  {rounds,5}  {cluster.Bots[0].ResidentMegabytes(),7:F0}  {cluster.Bots[1].ResidentMegabytes(),7:F0}  {s.Lost + s.Undelivered,6}/{s.Duplicated,-7}  {d.Failed,12}/{d.Late,-12}  {d.P99Ms,6:F0}"));
        }

        foreach (var (failure, n) in failureKinds)
        {
            Console.WriteLine($"   interactions failed: {failure} × {n}");
        }

        var crashed = cluster.Bots.Any(b => b.Crashed);
        await cluster.StopBotsAsync();
        await cluster.WriteLogsAsync(Console.Out, Verb);
        Console.WriteLine(string.Create(c,
            $"== soak {clock.Elapsed.TotalMinutes:F1} min, {rounds} rounds ({rounds * DeliveriesPerRound} Slack deliveries, {rounds * InteractionsPerRound} interactions): lost {lost}, answered twice {doubled}, interactions failed or late {failedInteractions}, crashed {crashed}, exit codes {string.Join(", ", cluster.Bots.SelectMany(b => b.ExitCodes))}"));
        return lost + doubled + failedInteractions > 0 || crashed ? 1 : 0;
    }
}
