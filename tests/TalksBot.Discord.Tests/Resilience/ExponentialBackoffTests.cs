using TalksBot.Discord.Resilience;

namespace TalksBot.Discord.Tests.Resilience;

public sealed class ExponentialBackoffTests
{
    [Fact]
    public void Next_GrowsWithJitterUntilCappedAndResets()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0.999);

        var delays = Enumerable.Range(0, 10).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.Equal(delays.Order(), delays);
        Assert.InRange(delays[0], 0.5, 1);
        Assert.InRange(delays[^1], 30, 60);
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }
}
