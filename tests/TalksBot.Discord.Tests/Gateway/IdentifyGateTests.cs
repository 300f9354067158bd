using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Coordination;
using TalksBot.Discord.Gateway;
using TalksBot.Discord.Rest;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Gateway;

/// <summary>The session start limit on a fake clock: buckets of <c>shard_id % max_concurrency</c>, one identify
/// per bucket per 5 s, and the <c>remaining</c> budget spent across shards until <c>reset_after</c>.</summary>
public sealed class IdentifyGateTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task MaxConcurrencyTwo_OneShardOfEachBucketAtOnce_TheNextOfABucketFiveSecondsLater()
    {
        var gate = NewGate();
        var limit = Limit(remaining: 1000, maxConcurrency: 2);

        var shard0 = gate.WaitAsync(0, limit, CancellationToken.None);
        var shard1 = gate.WaitAsync(1, limit, CancellationToken.None);
        var shard2 = gate.WaitAsync(2, limit, CancellationToken.None);
        var shard3 = gate.WaitAsync(3, limit, CancellationToken.None);

        Assert.True(shard0.IsCompletedSuccessfully && shard1.IsCompletedSuccessfully);
        _time.Advance(IdentifyGate.Spacing - TimeSpan.FromMilliseconds(1));
        Assert.False(shard2.IsCompleted || shard3.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(shard2, shard3).WaitAsync(TimeSpan.FromSeconds(5));
        var buckets = _logs.Entries.Where(e => e.Id.Id == 3025).Select(e => BucketOf(e.Message)).ToList();
        Assert.Equal([0, 1], buckets.Take(2).Order());
        Assert.Equal([0, 1], buckets.Skip(2).Order());
    }

    [Fact]
    public async Task RemainingTwo_TheThirdShardWaitsForResetAfter_WithAWarning()
    {
        var gate = NewGate();
        var limit = Limit(remaining: 2, maxConcurrency: 16);

        await gate.WaitAsync(0, limit, CancellationToken.None);
        await gate.WaitAsync(1, limit, CancellationToken.None);
        var third = gate.WaitAsync(2, limit, CancellationToken.None);

        Assert.False(third.IsCompleted);
        var warning = Assert.Single(_logs.Entries, e => e.Id.Id == 3019);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("shard 2", warning.Message);
        _time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ALaterAnswerOfTheSameWindow_DoesNotGiveBackIdentifiesThisProcessSpent()
    {
        var gate = NewGate();
        await gate.WaitAsync(0, Limit(remaining: 1, maxConcurrency: 16), CancellationToken.None);

        // Discord's count has not caught up with the identify just sent: it still says 1.
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = gate.WaitAsync(1, Limit(remaining: 1, maxConcurrency: 16, resetAfter: TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1)), CancellationToken.None);

        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromHours(2));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ANewWindow_TakesDiscordsRemaining()
    {
        var gate = NewGate();
        await gate.WaitAsync(0, Limit(remaining: 1, maxConcurrency: 1, resetAfter: TimeSpan.FromMinutes(10)), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(11));

        var next = gate.WaitAsync(0, Limit(remaining: 999, maxConcurrency: 1, resetAfter: Day), CancellationToken.None);

        await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(_logs.Entries, e => e.Id.Id == 3019);
    }

    private IdentifyGate NewGate() =>
        new(new MemoryStartPacing(_time), _time, LoggerFactory.Create(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug)).CreateLogger<IdentifyGate>());

    private static SessionStartLimit Limit(int remaining, int maxConcurrency, TimeSpan? resetAfter = null) =>
        new(1000, remaining, (long)(resetAfter ?? TimeSpan.FromHours(2)).TotalMilliseconds, maxConcurrency);

    private static int BucketOf(string message) =>
        int.Parse(message.Split("identify bucket ")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
}
