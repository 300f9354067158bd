using Microsoft.Extensions.Time.Testing;
using TalksBot.Delivery.Resilience;

namespace TalksBot.Delivery.Tests.Resilience;

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public async Task FullWindow_WaitsUntilTheOldestSendLeavesIt()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, TimeSpan.FromSeconds(10));
        await limiter.WaitAsync(2, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));
        await limiter.WaitAsync(2, CancellationToken.None);

        var third = limiter.WaitAsync(2, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(5.9));
        var early = third.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        var fourth = limiter.WaitAsync(2, CancellationToken.None).AsTask();
        var fourthEarly = fourth.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(4));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(early);
        Assert.False(fourthEarly);
    }

    [Fact]
    public async Task AHigherLimit_UsesTheSlotsALowerOneLeaves()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, TimeSpan.FromSeconds(60));
        await limiter.WaitAsync(1, CancellationToken.None);

        var low = limiter.WaitAsync(1, CancellationToken.None).AsTask();
        var high = limiter.WaitAsync(2, CancellationToken.None).AsTask();

        Assert.True(high.IsCompletedSuccessfully);
        Assert.False(low.IsCompleted);
    }

    [Fact]
    public async Task Cancelled_StopsWaiting()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, TimeSpan.FromSeconds(60));
        await limiter.WaitAsync(1, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(1, cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
