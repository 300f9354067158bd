using System.Diagnostics;
using System.Globalization;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;
using TalksBot.Load.Cluster;
using TalksBot.Load.Discord;
using TalksBot.Load.Slack;

namespace TalksBot.Load.Soak;

/// <summary><c>soak</c>: the load cluster kept busy (rounds of 300 Slack deliveries with 30% duplicates and 200
/// Discord interactions at 20/s) through a warm-up, in which the bots' bounded caches fill to their steady size, and
/// then a measured window, sampling each bot's resident memory (and, from its <c>/metrics</c>, the GC's committed
/// memory and the caches' entries) after every round. Not for CI. Exit code 1 when an answer was lost or doubled,
/// a bot crashed, or a bot's memory grew <see cref="MemoryWindow.FlatMegabytes"/> MB or more over the window.</summary>
public static class SoakCommand
{
    public const string Verb = "soak";

    private const int Bots = 2;
    private const int DeliveriesPerRound = 300;
    private const int InteractionsPerRound = 200;
    private const double InteractionsPerSecond = 20;

    /// <summary>At this load each bot starts ~600 conversations and ~250 "More quotes" answers a minute at first, so
    /// the default caps (10,000 each) take ~20 and ~50 minutes to fill, and the delivery ledger's local copy grows
    /// for its 15-minute lifetime; scaled down, all three are at their steady size within ~10 minutes of the warm-up
    /// (the soak's duplicates come seconds after their first delivery). Settings after <c>--</c> come later and win
    /// (e.g. the defaults again).</summary>
    private static readonly string[] SteadyCaps =
        ["--Chat:ConversationCapacity=4000", "--Chat:FollowUpCapacity=2000", "--Redis:DeliveryLifetime=00:05:00"];

    public static async Task<int> RunAsync(TimeSpan window, TimeSpan warmUp, string[] botArgs)
    {
        var questions = LoadQuestions.Read();
        using var http = new HttpClient();
        using var key = new SigningKey();
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var cluster = await LoadCluster.StartAsync(Bots, LoadSettings.Discord(discord, key), [.. SteadyCaps, .. botArgs], http);
        var discordRun = new InteractionRun(http, key, [.. cluster.Bots.Select(b => b.Address)], questions);
        var c = CultureInfo.InvariantCulture;
        var memory = cluster.Bots.Select(_ => new MemoryWindow()).ToList();
        Console.WriteLine(string.Create(c, $"warm-up {warmUp.TotalMinutes:F0} min, then a measured window of {window.TotalMinutes:F0} min; bot settings: {string.Join(' ', SteadyCaps.Concat(botArgs))}"));
        Console.WriteLine("minute  round  bot0 MB  bot1 MB  gc0 MB  gc1 MB  slack lost/dup  interactions failed/late  p99 ms");
        await PrintAsync(0, 0, null, null);
        var clock = Stopwatch.StartNew();
        int lost = 0, doubled = 0, failedInteractions = 0, rounds = 0;
        var measuring = false;
        var failureKinds = new Dictionary<string, int>(StringComparer.Ordinal);
        while (clock.Elapsed < warmUp + window)
        {
            if (!measuring && clock.Elapsed >= warmUp)
            {
                measuring = true;
                await MarkAsync("warm-up done, window starts");
            }

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

            var resident = await PrintAsync(clock.Elapsed.TotalMinutes, rounds, s, d);
            if (measuring)
            {
                for (var i = 0; i < Bots; i++)
                {
                    memory[i].Add(resident[i]);
                }
            }
        }

        await MarkAsync("window ends");
        foreach (var (failure, n) in failureKinds)
        {
            Console.WriteLine($"   interactions failed: {failure} × {n}");
        }

        var crashed = cluster.Bots.Any(b => b.Crashed);
        await cluster.StopBotsAsync();
        await cluster.WriteLogsAsync(Console.Out, Verb);
        var flat = memory.All(m => m.Flat);
        for (var i = 0; i < Bots; i++)
        {
            var m = memory[i];
            Console.WriteLine(string.Create(c,
                $"== bot {i} VmRSS over the {window.TotalMinutes:F0}-minute window after the warm-up: {m.First:F1} -> {m.Last:F1} MB, growth {m.Growth:+0.0;-0.0} MB (peak {m.Peak:F1}); flat (< {MemoryWindow.FlatMegabytes:F0} MB): {(m.Flat ? "yes" : "NO")}"));
        }

        Console.WriteLine(string.Create(c,
            $"== soak {clock.Elapsed.TotalMinutes:F1} min, {rounds} rounds ({rounds * DeliveriesPerRound} Slack deliveries, {rounds * InteractionsPerRound} interactions): lost {lost}, answered twice {doubled}, interactions failed or late {failedInteractions}, crashed {crashed}, exit codes {string.Join(", ", cluster.Bots.SelectMany(b => b.ExitCodes))}, memory flat {(flat ? "yes" : "NO")}"));
        return lost + doubled + failedInteractions > 0 || crashed || !flat ? 1 : 0;

        async Task<double?[]> PrintAsync(double minute, int round, SlackLoadReport? s, InteractionReport? d)
        {
            var resident = cluster.Bots.Select(b => b.ResidentMegabytes()).ToArray();
            var gauges = await Task.WhenAll(cluster.Bots.Select(b => BotGauges.ReadAsync(http, b.Address)));
            var load = s is null || d is null ? "" : string.Create(c, $"  {s.Lost + s.Undelivered,6}/{s.Duplicated,-7}  {d.Failed,12}/{d.Late,-12}  {d.P99Ms,6:F0}");
            Console.WriteLine(string.Create(c,
                $"{minute,6:F1}  {round,5}  {resident[0],7:F1}  {resident[1],7:F1}  {gauges[0].GcCommittedMegabytes,6:F1}  {gauges[1].GcCommittedMegabytes,6:F1}{load}"));
            return resident;
        }

        async Task MarkAsync(string what)
        {
            var gauges = await Task.WhenAll(cluster.Bots.Select(b => BotGauges.ReadAsync(http, b.Address)));
            Console.WriteLine(string.Create(c, $"-- minute {clock.Elapsed.TotalMinutes:F1}, {what}; entries bot0: {gauges[0].EntriesText()}; bot1: {gauges[1].EntriesText()}"));
        }
    }
}
