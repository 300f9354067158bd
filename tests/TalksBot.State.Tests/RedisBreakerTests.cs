using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>A redis-server that hangs (frozen with SIGSTOP: connected, never answering), on a fake clock with the
/// default settings (1 s per call, the breaker opening after 3 calls half of which failed, 15 s break).</summary>
public sealed class RedisBreakerTests
{
    private static readonly TimeSpan OperationTimeout = new StateOptions().OperationTimeout;
    private static readonly TimeSpan BreakDuration = new StateOptions().BreakDuration;

    [Fact]
    public async Task RedisHung_AfterAFewTimeoutsCallsReturnAtOnceFromMemory_AndGoBackToRedisWhenItAnswers()
    {
        await using var redis = await RedisServer.StartOwnAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));
        await using var instance = Instance.Start(redis.Endpoint, time, "talksbot-breaker:");
        await instance.UntilRedisAsync(HealthStatus.Healthy);
        Assert.True(await instance.ClaimAsync("before"));
        time.Advance(new StateOptions().BreakSamplingDuration); // the breaker counts only what follows

        await redis.PauseAsync();

        // Each call waits for Redis until the operation timeout, then is done in memory.
        for (var i = 0; i < new StateOptions().BreakMinimumCalls; i++)
        {
            var claim = instance.ClaimAsync("hung-" + i).AsTask();
            Assert.False(claim.IsCompleted, "call " + i + " did not wait for Redis");
            Assert.True(await AfterTimeoutAsync(time, claim));
        }

        Assert.Single(instance.Breaks.GetMeasurementSnapshot());
        Assert.Equal(HealthStatus.Unhealthy, await instance.RedisHealthAsync());

        // The breaker is open: no call waits for Redis any more; memory answers (a duplicate is still one).
        var atOnce = new[] { instance.ClaimAsync("open-1"), instance.ClaimAsync("open-2"), instance.ClaimAsync("hung-0") };
        Assert.All(atOnce, claim => Assert.True(claim.IsCompleted));
        Assert.Equal([true, true, false], atOnce.Select(claim => claim.Result));
        var limited = instance.Limits.TryAcquireAsync("u1", "c1", CancellationToken.None);
        Assert.True(limited.IsCompleted);
        Assert.Equal(3 + atOnce.Length + 1, instance.Fallbacks.GetMeasurementSnapshot().Count);
        Assert.Single(instance.Logs.Lines, l => l.Level == LogLevel.Warning);

        // Redis answers again; after the break one call tries it, gets its answer, and shared state is back.
        await redis.ResumeAsync();
        time.Advance(BreakDuration);
        Assert.True(await instance.ClaimAsync("after").AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(instance.Logs.Lines, l => l.Id.Id == 7001);
        Assert.Single(instance.Logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.True(await instance.ClaimAsync("after-2").AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(HealthStatus.Healthy, await instance.RedisHealthAsync());

        // Another instance sees what reached Redis (the claims that timed out arrived late; those made after the
        // break, in Redis) and not what the open breaker kept in memory.
        await using var other = await Instance.StartConnectedAsync(redis.Endpoint, "talksbot-breaker:");
        Assert.False(await other.ClaimAsync("hung-0"));
        Assert.False(await other.ClaimAsync("after"));
        Assert.False(await other.ClaimAsync("after-2"));
        Assert.True(await other.ClaimAsync("open-1"));
        Assert.Equal(3 + atOnce.Length + 1, instance.Fallbacks.GetMeasurementSnapshot().Count);
    }

    /// <summary>Moves the fake clock past the operation timeout until <paramref name="claim"/> is done.</summary>
    private static async Task<bool> AfterTimeoutAsync(FakeTimeProvider time, Task<bool> claim)
    {
        for (var i = 0; i < 50 && !claim.IsCompleted; i++)
        {
            time.Advance(OperationTimeout);
            await Task.WhenAny(claim, Task.Delay(20));
        }

        return await claim.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
