using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Coordination;
using TalksBot.Discord.Gateway;
using TalksBot.Discord.Rest;
using TalksBot.Discord.Tests.Support;
using TalksBot.State;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.Gateway;

/// <summary>Identify pacing across two bot "processes" (each its own service provider with its own shared state,
/// as a process has), through a real redis-server: one identify per bucket per 5 s whichever process runs the
/// shard, one budget, and each process pacing itself while Redis is down.</summary>
public sealed class SharedIdentifyTests
{
    private static readonly TimeSpan Generously = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task TwoProcessesSharingRedis_NeverIdentifyTwoShardsOfOneBucketWithinFiveSeconds()
    {
        await using var redis = await RedisServer.SharedOrOwnAsync();
        await using var processes = await TwoProcesses.StartAsync(redis, TimeProvider.System);
        var (first, second) = (processes.First, processes.Second);
        var limit = new SessionStartLimit(1000, 1000, (long)TimeSpan.FromHours(20).TotalMilliseconds, MaxConcurrency: 2);
        var clock = Stopwatch.StartNew();
        var identified = new List<(int Shard, TimeSpan At)>();

        // Shards 0 and 2 (bucket 0) and 1 and 3 (bucket 1) each split over the two processes.
        await Task.WhenAll(
            IdentifyAsync(first, 0), IdentifyAsync(first, 1), IdentifyAsync(second, 2), IdentifyAsync(second, 3)).WaitAsync(TimeSpan.FromSeconds(30));

        foreach (var bucket in new[] { 0, 1 })
        {
            var times = identified.Where(i => i.Shard % 2 == bucket).Select(i => i.At).Order().ToList();
            Assert.Equal(2, times.Count);
            Assert.True(times[1] - times[0] >= IdentifyGate.Spacing - Generously, $"bucket {bucket} identified twice within {times[1] - times[0]}");
        }

        // One budget: 1000 reported to both, four identifies spent from it, each seeing what the others left.
        Assert.Equal([996, 997, 998, 999], first.Remaining.Concat(second.Remaining).Order());

        async Task IdentifyAsync(BotProcess process, int shard)
        {
            await process.Gate.WaitAsync(shard, limit, CancellationToken.None);
            lock (identified)
            {
                identified.Add((shard, clock.Elapsed));
            }
        }
    }

    [Fact]
    public async Task TwoProcessesSharingRedis_SpendOneBudget_TheThirdIdentifyWaitsForResetAfter()
    {
        await using var redis = await RedisServer.SharedOrOwnAsync();
        await using var processes = await TwoProcesses.StartAsync(redis, TimeProvider.System);
        var (first, second) = (processes.First, processes.Second);
        var limit = new SessionStartLimit(1000, 2, (long)TimeSpan.FromSeconds(3).TotalMilliseconds, MaxConcurrency: 16);

        await first.Gate.WaitAsync(0, limit, CancellationToken.None);
        await second.Gate.WaitAsync(1, limit, CancellationToken.None);

        // The first process spent one of the two alone; the other one was spent by the second process.
        var third = first.Gate.WaitAsync(2, limit, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(third.IsCompleted);
        Assert.Contains(first.Logs.Entries, e => e.Level == LogLevel.Warning && e.Id.Id == 3019);
        await third.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(1, first.Remaining.First());
        Assert.Equal([0], second.Remaining);
    }

    [Fact]
    public async Task RedisStopped_EachProcessPacesItsOwnShards_WithOneWarning()
    {
        await using var redis = await RedisServer.StartOwnAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));
        await using var processes = await TwoProcesses.StartAsync(redis, time);
        var (first, second) = (processes.First, processes.Second);
        await redis.StopAsync();
        await first.UntilRedisAsync(HealthStatus.Unhealthy);
        await second.UntilRedisAsync(HealthStatus.Unhealthy);
        var limit = new SessionStartLimit(1000, 1000, (long)TimeSpan.FromHours(20).TotalMilliseconds, MaxConcurrency: 1);

        // Every shard is in bucket 0: each process identifies one at once (it cannot see the other's) and its
        // second only 5 s later.
        var firstShards = new[] { first.Gate.WaitAsync(0, limit, CancellationToken.None), first.Gate.WaitAsync(2, limit, CancellationToken.None) };
        var secondShards = new[] { second.Gate.WaitAsync(1, limit, CancellationToken.None), second.Gate.WaitAsync(3, limit, CancellationToken.None) };
        await UntilAsync(() => firstShards.Count(t => t.IsCompleted) == 1 && secondShards.Count(t => t.IsCompleted) == 1);
        time.Advance(IdentifyGate.Spacing - TimeSpan.FromMilliseconds(1));
        await Task.Delay(100);
        Assert.Equal(1, firstShards.Count(t => t.IsCompleted));
        Assert.Equal(1, secondShards.Count(t => t.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(firstShards.Concat(secondShards)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(first.Logs.Entries, e => e.Level == LogLevel.Warning && e.Id.Id == 7000);
        Assert.Single(second.Logs.Entries, e => e.Level == LogLevel.Warning && e.Id.Id == 7000);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    /// <summary>Two processes of one bot sharing <c>redis</c> under a key prefix of their own.</summary>
    private sealed record TwoProcesses(BotProcess First, BotProcess Second) : IAsyncDisposable
    {
        public static async Task<TwoProcesses> StartAsync(RedisServer redis, TimeProvider time)
        {
            var prefix = "talksbot-identify-" + Guid.NewGuid().ToString("N") + ":";
            return new(await BotProcess.StartAsync(redis.Endpoint, prefix, time), await BotProcess.StartAsync(redis.Endpoint, prefix, time));
        }

        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
        }
    }

    /// <summary>What one bot process holds for identifying: its shared state (Redis) and its gate.</summary>
    private sealed class BotProcess(ServiceProvider services, CapturedLogs logs) : IAsyncDisposable
    {
        public CapturedLogs Logs { get; } = logs;

        public IdentifyGate Gate { get; } = new(
            services.GetRequiredService<IStartPacing>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<IdentifyGate>>());

        /// <summary>What each identify of this process left of the day's budget (its log line, event 3025).</summary>
        public IEnumerable<int> Remaining => Logs.Entries.Where(e => e.Id.Id == 3025)
            .Select(e => int.Parse(e.Message.Split("; ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));

        public static async Task<BotProcess> StartAsync(string redis, string prefix, TimeProvider time)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = redis,
                ["Redis:KeyPrefix"] = prefix,
            }).Build();
            var logs = new CapturedLogs();
            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(configuration)
                .AddSingleton(time)
                .AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            services.AddTalksBotState(configuration);
            var process = new BotProcess(services.BuildServiceProvider(), logs);
            await process.UntilRedisAsync(HealthStatus.Healthy);
            return process;
        }

        public async Task UntilRedisAsync(HealthStatus status)
        {
            var checks = services.GetRequiredService<HealthCheckService>();
            for (var i = 0; i < 600; i++)
            {
                var report = await checks.CheckHealthAsync(check => check.Name == "redis");
                if (report.Entries["redis"].Status == status)
                {
                    return;
                }

                await Task.Delay(50);
            }

            Assert.Fail("timed out waiting for Redis to be " + status);
        }

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }
}
