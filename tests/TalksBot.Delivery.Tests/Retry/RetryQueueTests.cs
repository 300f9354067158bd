using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Delivery.Retry;
using TalksBot.Delivery.Tests.Support;

namespace TalksBot.Delivery.Tests.Retry;

public sealed class RetryQueueTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<RetryGiveUp> _givenUp = new();
    private readonly ConcurrentQueue<(string Item, DateTimeOffset At)> _delivered = new();
    private RetryQueue? _queue;

    public void Dispose() => _queue?.Dispose();

    [Fact]
    public async Task RetryAfterHint_IsWaitedOnTheClockBeforeTheNextTry()
    {
        var queue = Queue();
        var tries = new ConcurrentQueue<DateTimeOffset>();
        var start = _time.GetUtcNow();

        queue.Keep("C1", "a", _ =>
        {
            tries.Enqueue(_time.GetUtcNow());
            return Task.FromResult(tries.Count < 3 ? RetryAttempt.Again(TimeSpan.FromSeconds(7)) : Deliver("a"));
        }, retryAfter: TimeSpan.FromSeconds(5));
        await _time.AdvanceUntilAsync(() => queue.Count == 0, Step);

        var at = tries.ToArray();
        Assert.Equal(3, at.Length);
        Assert.InRange(at[0] - start, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6));
        Assert.InRange(at[1] - at[0], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
        Assert.InRange(at[2] - at[1], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
        Assert.Empty(_givenUp);
    }

    [Fact]
    public async Task ARetryAfterOfZero_StillWaitsBetweenTries_RatherThanLoopingWithoutYielding()
    {
        var queue = Queue();
        var tries = 0;
        queue.Keep("C1", "a", _ =>
        {
            // A guard so that the loop this test is about ends even when it happens.
            var tried = Interlocked.Increment(ref tries);
            return Task.FromResult(tried >= 1000 ? Deliver("a") : RetryAttempt.Again(TimeSpan.Zero));
        }, retryAfter: TimeSpan.Zero);

        await _time.AdvanceUntilAsync(() => Volatile.Read(ref tries) >= 3, Step);

        Assert.InRange(Volatile.Read(ref tries), 3, 10);
    }

    [Fact]
    public async Task AWaitShorterThanAMillisecond_EndsOnTheClock_RatherThanLoopingWithoutYielding()
    {
        var queue = Queue();
        var tries = 0;
        // The retry is due a fraction of a millisecond after the time the clock is then moved to.
        queue.Keep("C1", "a", _ =>
        {
            var tried = Interlocked.Increment(ref tries);
            return Task.FromResult(tried >= 2 ? Deliver("a") : RetryAttempt.Again(TimeSpan.FromTicks(1_000_500)));
        }, retryAfter: TimeSpan.Zero);
        await _time.AdvanceUntilAsync(() => Volatile.Read(ref tries) >= 1, TimeSpan.FromMilliseconds(1));

        var advancing = Task.Run(() => _time.Advance(TimeSpan.FromMilliseconds(100)));

        Assert.Same(advancing, await Task.WhenAny(advancing, Task.Delay(TimeSpan.FromSeconds(10))));
        await _time.AdvanceUntilAsync(() => queue.Count == 0, Step);
        Assert.Equal(2, Volatile.Read(ref tries));
    }

    [Fact]
    public async Task OneLanePerKey_InOrder_AndABlockedKeyHoldsNoOtherUp()
    {
        var queue = Queue();
        var blocked = true;
        queue.Keep("C1", "first", _ => Task.FromResult(Volatile.Read(ref blocked) ? RetryAttempt.Again(TimeSpan.FromSeconds(1)) : Deliver("first")), null);
        queue.Keep("C1", "second", _ => Task.FromResult(Deliver("second")), null, justFailed: false);
        queue.Keep("C2", "elsewhere", _ => Task.FromResult(Deliver("elsewhere")), null);

        await _time.AdvanceUntilAsync(() => _delivered.Count == 1, Step);
        Assert.Equal("elsewhere", Assert.Single(_delivered).Item);
        Assert.True(queue.IsHolding("C1"));
        Assert.False(queue.IsHolding("C2"));

        Volatile.Write(ref blocked, false);
        await _time.AdvanceUntilAsync(() => queue.Count == 0, Step);
        Assert.Equal(["elsewhere", "first", "second"], _delivered.Select(d => d.Item));
    }

    [Fact]
    public void BeyondCapacity_TheNewItemIsGivenUp()
    {
        var queue = Queue(capacity: 2);
        Func<CancellationToken, Task<RetryAttempt>> never = _ => Task.FromResult(RetryAttempt.Again(null));

        Assert.True(queue.Keep("C1", "a", never, TimeSpan.FromMinutes(1)));
        Assert.True(queue.Keep("C2", "b", never, TimeSpan.FromMinutes(1)));
        Assert.False(queue.Keep("C3", "c", never, TimeSpan.FromMinutes(1)));

        Assert.Equal(2, queue.Count);
        Assert.Equal(("C3", RetryGiveUpReason.Overflow), Assert.Single(_givenUp) is var g ? (g.Key, g.Reason) : default);
    }

    [Fact]
    public async Task OlderThanTheMaximumAge_GivenUpEvenWhileWaitingALongHint()
    {
        var queue = Queue(maxAge: TimeSpan.FromMinutes(10));
        var tries = 0;

        queue.Keep("C1", "a", _ =>
        {
            Interlocked.Increment(ref tries);
            return Task.FromResult(RetryAttempt.Again(TimeSpan.FromMinutes(4)));
        }, TimeSpan.FromMinutes(4));
        await _time.AdvanceUntilAsync(() => queue.Count == 0, TimeSpan.FromSeconds(5));

        var giveUp = Assert.Single(_givenUp);
        Assert.Equal(RetryGiveUpReason.Expired, giveUp.Reason);
        Assert.InRange(giveUp.Age, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(10));
        Assert.Equal(2, tries);
    }

    [Fact]
    public async Task OwnDeadlineBeforeTheMaximumAge_GivenUpAtTheDeadline()
    {
        var queue = Queue(maxAge: TimeSpan.FromMinutes(10));
        var tries = 0;

        queue.Keep("I1", "token", _ =>
        {
            Interlocked.Increment(ref tries);
            return Task.FromResult(RetryAttempt.Again(TimeSpan.FromSeconds(50)));
        }, TimeSpan.FromSeconds(50), deadline: _time.GetUtcNow() + TimeSpan.FromMinutes(3));
        await _time.AdvanceUntilAsync(() => queue.Count == 0, TimeSpan.FromSeconds(5));

        var giveUp = Assert.Single(_givenUp);
        Assert.Equal(RetryGiveUpReason.Expired, giveUp.Reason);
        Assert.InRange(giveUp.Age, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(10));
        Assert.Equal(3, tries);
    }

    [Fact]
    public async Task PastItsDeadline_GivenUpAsExpiredWithoutATry_EvenAtShutdown()
    {
        var queue = Queue();
        var tried = false;
        queue.Keep("I1", "token", _ =>
        {
            tried = true;
            return Task.FromResult(Deliver("token"));
        }, TimeSpan.FromMinutes(5), deadline: _time.GetUtcNow() + TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(2));

        // The lane's own wait may notice the deadline first; either way the item is never tried.
        await queue.FlushAsync(CancellationToken.None);

        Assert.False(tried);
        Assert.Equal(0, queue.Count);
        Assert.Equal(RetryGiveUpReason.Expired, Assert.Single(_givenUp).Reason);
    }

    [Fact]
    public async Task Refused_GivenUpAtOnceAndTheLaneGoesOn()
    {
        var queue = Queue();
        queue.Keep("C1", "bad", _ => Task.FromResult(RetryAttempt.Refused), null);
        queue.Keep("C1", "good", _ => Task.FromResult(Deliver("good")), null, justFailed: false);

        await _time.AdvanceUntilAsync(() => queue.Count == 0, Step);

        Assert.Equal(RetryGiveUpReason.Refused, Assert.Single(_givenUp).Reason);
        Assert.Equal("good", Assert.Single(_delivered).Item);
    }

    [Fact]
    public async Task Flush_TriesEachOnceInOrder_CountsTheRestAsLost_AndKeepsNothingAfter()
    {
        var queue = Queue();
        queue.Keep("C1", "first", _ => Task.FromResult(Deliver("first")), TimeSpan.FromMinutes(1));
        queue.Keep("C1", "second", _ => Task.FromResult(RetryAttempt.Again(null)), null, justFailed: false);
        queue.Keep("C1", "third", _ => Task.FromResult(Deliver("third")), null, justFailed: false);

        var lost = await queue.FlushAsync(CancellationToken.None);

        Assert.Equal(1, lost);
        Assert.Equal(["first", "third"], _delivered.Select(d => d.Item));
        Assert.Equal(("second", RetryGiveUpReason.Shutdown), Assert.Single(_givenUp) is var g ? (g.Label, g.Reason) : default);
        Assert.Equal(0, queue.Count);
        Assert.False(queue.Keep("C1", "late", _ => Task.FromResult(Deliver("late")), null));
    }

    private RetryAttempt Deliver(string item)
    {
        _delivered.Enqueue((item, _time.GetUtcNow()));
        return RetryAttempt.Delivered;
    }

    private RetryQueue Queue(int capacity = 100, TimeSpan? maxAge = null)
    {
        _queue = new RetryQueue(
            new RetryQueueLimits(capacity, maxAge ?? TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)),
            _time,
            _givenUp.Enqueue,
            random: () => 1.0);
        return _queue;
    }
}
