using TalksBot.Delivery.Resilience;

namespace TalksBot.Delivery.Tests.Resilience;

/// <summary>The one backoff both reconnect loops and the HTTP retry use. The first test came from Discord's
/// tests (equal jitter), the others from Slack's (±20 %), with the same assertions.</summary>
public sealed class ExponentialBackoffTests
{
    [Fact]
    public void Next_GrowsWithJitterUntilCappedAndResets()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), BackoffJitter.Equal, () => 0.999);

        var delays = Enumerable.Range(0, 10).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.Equal(delays.Order(), delays);
        Assert.InRange(delays[0], 0.5, 1);
        Assert.InRange(delays[^1], 30, 60);
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void Next_DoublesUpToTheCap()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), BackoffJitter.TwentyPercent, () => 0.5);

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.999999, 1.2)]
    public void Next_JittersWithinTwentyPercent(double random, double factor)
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), BackoffJitter.TwentyPercent, () => random);

        Assert.Equal(10 * factor, backoff.Next().TotalSeconds, precision: 3);
    }

    [Fact]
    public void Next_JitterNeverExceedsTheCap()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), BackoffJitter.TwentyPercent, () => 0.999);

        Assert.All(Enumerable.Range(0, 12).Select(_ => backoff.Next()), d => Assert.True(d <= TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Reset_StartsOverFromTheInitialDelay()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), BackoffJitter.TwentyPercent, () => 0.5);
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Fact]
    public void DelayFor_DependsOnTheAttemptAloneNotOnNext()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), BackoffJitter.Equal, () => 0.0);
        backoff.Next();
        backoff.Next();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.DelayFor(1));
        Assert.Equal(TimeSpan.FromSeconds(4), backoff.DelayFor(3));
        Assert.Equal(TimeSpan.FromSeconds(15), backoff.DelayFor(1000));
        Assert.Equal(TimeSpan.FromSeconds(4), backoff.Next());
    }

    [Fact]
    public void DefaultJitter_IsEqualJitterOnTheRealRandom()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(60));

        Assert.All(Enumerable.Range(0, 200).Select(_ => backoff.DelayFor(1).TotalSeconds), d => Assert.InRange(d, 2, 4));
    }
}
