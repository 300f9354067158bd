using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.Core.Limits;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>Per-user and per-channel limits on a fake clock: in memory (the default), shared by two
/// instances through a real redis-server, and in front of a router as a friendly reply.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> ThreePerUserFivePerChannel = new()
    {
        ["RateLimits:PerUser"] = "3",
        ["RateLimits:UserWindow"] = "00:01:00",
        ["RateLimits:PerChannel"] = "5",
        ["RateLimits:ChannelWindow"] = "00:01:00",
    };

    private readonly string _prefix = "talksbot-test-" + Guid.NewGuid().ToString("N") + ":";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 12, 0, 0, TimeSpan.Zero));
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.SharedOrOwnAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UserOverLimit_RefusedWithTheWait_AdmittedOnceItHasPassed(bool shared)
    {
        await using var bot = await StartAsync(shared);

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await bot.Limits.TryAcquireAsync("U1", "C" + i, default)).IsAllowed);
        }

        var refused = await bot.Limits.TryAcquireAsync("U1", "C9", default);
        Assert.Equal(RateLimitScope.User, refused.Exceeded);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));
        Assert.True((await bot.Limits.TryAcquireAsync("U2", "C9", default)).IsAllowed);

        _time.Advance(refused.RetryAfter - TimeSpan.FromSeconds(1));
        Assert.False((await bot.Limits.TryAcquireAsync("U1", "C8", default)).IsAllowed);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await bot.Limits.TryAcquireAsync("U1", "C8", default)).IsAllowed);
        Assert.Equal(2, bot.Limited.GetMeasurementSnapshot().Count);
        Assert.All(bot.Limited.GetMeasurementSnapshot(), m => Assert.Equal("user", m.Tags["scope"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChannelOverLimit_RefusedForEveryone_WithoutCountingTheRefusedUser(bool shared)
    {
        await using var bot = await StartAsync(shared);

        for (var i = 0; i < 5; i++)
        {
            Assert.True((await bot.Limits.TryAcquireAsync("U" + i, "C1", default)).IsAllowed);
        }

        Assert.Equal(RateLimitScope.Channel, (await bot.Limits.TryAcquireAsync("U9", "C1", default)).Exceeded);
        Assert.Equal(RateLimitScope.Channel, (await bot.Limits.TryAcquireAsync("U9", "C1", default)).Exceeded);

        // U9 was refused twice by the channel's limit, which used none of its own.
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await bot.Limits.TryAcquireAsync("U9", "C2", default)).IsAllowed);
        }

        Assert.Equal(RateLimitScope.User, (await bot.Limits.TryAcquireAsync("U9", "C2", default)).Exceeded);
    }

    [Fact]
    public async Task TwoInstancesSharingRedis_CountOneTotalPerUser()
    {
        await using var first = await StartAsync(shared: true);
        await using var second = await StartAsync(shared: true);

        Assert.True((await first.Limits.TryAcquireAsync("U1", null, default)).IsAllowed);
        Assert.True((await second.Limits.TryAcquireAsync("U1", null, default)).IsAllowed);
        Assert.True((await first.Limits.TryAcquireAsync("U1", null, default)).IsAllowed);

        Assert.Equal(RateLimitScope.User, (await second.Limits.TryAcquireAsync("U1", null, default)).Exceeded);
        Assert.Equal(RateLimitScope.User, (await first.Limits.TryAcquireAsync("U1", null, default)).Exceeded);
        Assert.Empty(first.Fallbacks.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task SlidingWindow_PreviousWindowCountsForWhatStillOverlaps()
    {
        await using var bot = await StartAsync(shared: false);
        _time.Advance(TimeSpan.FromSeconds(50));
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await bot.Limits.TryAcquireAsync("U1", null, default)).IsAllowed);
        }

        // 20 s later a new fixed window began, but the three questions were 20 s ago: still within the minute.
        _time.Advance(TimeSpan.FromSeconds(20));
        var refused = await bot.Limits.TryAcquireAsync("U1", null, default);
        Assert.False(refused.IsAllowed);
        Assert.True(refused.RetryAfter < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task RateLimitedRouter_OverTheLimit_FriendlyPrivateReplyAndTheQuestionIsNotRouted()
    {
        await using var bot = await StartAsync(shared: false);
        var inner = new CountingRouter();
        var router = new RateLimitedRouter(inner, bot.Limits);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ReplyKind.Answer, (await router.RouteAsync(new ChatMessage("a question", "slack", "U1", "C1"))).Kind);
        }

        var limited = await router.RouteAsync(new ChatMessage("a question", "slack", "U1", "C1"));
        Assert.Equal(ReplyKind.Error, limited.Kind);
        Assert.True(limited.IsPrivate);
        Assert.Contains("wait", limited.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("a question", limited.Text, StringComparison.Ordinal);
        Assert.Equal(3, inner.Routed);

        // The console has neither user nor channel: never limited.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(ReplyKind.Answer, (await router.RouteAsync(new ChatMessage("a question", "console"))).Kind);
        }
    }

    [Fact]
    public async Task RedisDown_LimitsKeptInMemoryAndTheFallbackCounted()
    {
        await using var redis = await RedisServer.StartOwnAsync();
        await using var bot = await StartAsync(shared: true, redis);
        Assert.True((await bot.Limits.TryAcquireAsync("U1", null, default)).IsAllowed);

        await redis.StopAsync();
        await bot.UntilRedisAsync(HealthStatus.Unhealthy);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await bot.Limits.TryAcquireAsync("U1", null, default)).IsAllowed);
        }

        Assert.Equal(RateLimitScope.User, (await bot.Limits.TryAcquireAsync("U1", null, default)).Exceeded);
        Assert.Equal(4, bot.Fallbacks.GetMeasurementSnapshot().Count);
    }

    private async Task<Instance> StartAsync(bool shared, RedisServer? redis = null)
    {
        var instance = Instance.Start(shared ? (redis ?? _redis).Endpoint : null, _time, _prefix, ThreePerUserFivePerChannel);
        if (shared)
        {
            await instance.UntilRedisAsync(HealthStatus.Healthy);
        }

        return instance;
    }

    private sealed class CountingRouter : ICommandRouter
    {
        private int _routed;

        public int Routed => _routed;

        public ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _routed);
            return ValueTask.FromResult(new Reply(ReplyKind.Answer, "an answer"));
        }
    }
}
