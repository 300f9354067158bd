using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>Two instances sharing one real redis-server.</summary>
public sealed class SharedLedgerTests : IAsyncLifetime
{
    private readonly string _prefix = "talksbot-test-" + Guid.NewGuid().ToString("N") + ":";
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.SharedOrOwnAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task DeliveryClaimedByOneInstance_IsADuplicateForTheOther()
    {
        await using var first = await StartConnectedAsync();
        await using var second = await StartConnectedAsync();

        Assert.True(await first.ClaimAsync("event:Ev1", "message:C1:1.1"));
        Assert.False(await second.ClaimAsync("event:Ev1"));
        Assert.False(await second.ClaimAsync("event:Ev9", "message:C1:1.1"));

        Assert.Equal(2, second.Deduplicated.GetMeasurementSnapshot().Count);
        Assert.Empty(first.Fallbacks.GetMeasurementSnapshot());
        Assert.Empty(second.Fallbacks.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task ConcurrentRetriesAcrossTwoInstances_EachDeliveryClaimedExactlyOnce()
    {
        await using var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, Instance.PatientRedis);
        await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, Instance.PatientRedis);
        const int deliveries = 300;

        var attempts = Enumerable.Range(0, deliveries)
            .SelectMany(i => new[] { (first, i), (second, i), (first, i), (second, i) })
            .Select(async attempt => (attempt.i, won: await attempt.Item1.ClaimAsync("event:Ev" + attempt.i)));
        var results = await Task.WhenAll(attempts);

        Assert.All(results.GroupBy(r => r.i), group => Assert.Single(group, r => r.won));
        Assert.Equal(deliveries * 3, first.Deduplicated.GetMeasurementSnapshot().Count + second.Deduplicated.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task Keys_ExpireInRedisAfterTheDeliveryLifetime()
    {
        await using var instance = await StartConnectedAsync();
        await instance.ClaimAsync("event:Ev1");

        await using var direct = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
        var ttl = await direct.GetDatabase().KeyTimeToLiveAsync(_prefix + "delivery:event:Ev1");

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Released_ClaimableAgainByTheOtherInstance()
    {
        await using var first = await StartConnectedAsync();
        await using var second = await StartConnectedAsync();
        await first.ClaimAsync("event:Ev1");

        await first.Ledger.ReleaseAsync(["event:Ev1"], CancellationToken.None);

        Assert.True(await second.ClaimAsync("event:Ev1"));
    }

    [Fact]
    public async Task RedisKilledAndRestarted_FallsBackWithOneWarningThenSharesAgain()
    {
        await using var redis = await RedisServer.StartOwnAsync();
        await using var first = await StartConnectedAsync(redis);
        await using var second = await StartConnectedAsync(redis);
        Assert.True(await first.ClaimAsync("event:Before"));

        await redis.StopAsync();
        await first.UntilRedisAsync(HealthStatus.Unhealthy);
        var duringOutage = new List<bool>();
        for (var i = 0; i < 20; i++)
        {
            duringOutage.Add(await first.ClaimAsync("event:During" + i));
        }

        Assert.All(duringOutage, Assert.True);
        Assert.False(await first.ClaimAsync("event:Before"));
        Assert.Single(first.Logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.True(first.Fallbacks.GetMeasurementSnapshot().Count >= 21);

        await redis.StartAsync();
        await first.UntilRedisAsync(HealthStatus.Healthy);
        await second.UntilRedisAsync(HealthStatus.Healthy);
        Assert.True(await first.ClaimAsync("event:After"));

        Assert.False(await second.ClaimAsync("event:After"));
        Assert.Single(first.Logs.Lines, l => l.Id.Id == 7001);
    }

    [Fact]
    public async Task Health_ReadyWhileConnected()
    {
        await using var instance = await StartConnectedAsync();

        Assert.Equal(HealthStatus.Healthy, await instance.RedisHealthAsync());
    }

    private Task<Instance> StartConnectedAsync(RedisServer? redis = null) => Instance.StartConnectedAsync((redis ?? _redis).Endpoint, _prefix);
}
