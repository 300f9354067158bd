using TalksBot.Slack.SocketMode;

namespace TalksBot.Slack.Tests;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Next_DoublesUpToTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0.5);

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.999999, 1.2)]
    public void Next_JittersWithinTwentyPercent(double random, double factor)
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), () => random);

        Assert.Equal(10 * factor, backoff.Next().TotalSeconds, precision: 3);
    }

    [Fact]
    public void Next_JitterNeverExceedsTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0.999);

        Assert.All(Enumerable.Range(0, 12).Select(_ => backoff.Next()), d => Assert.True(d <= TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Reset_StartsOverFromTheInitialDelay()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0.5);
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }
}
