using Microsoft.Extensions.Time.Testing;
using TalksBot.Discord.Gateway;
using TalksBot.Delivery.Resilience;

namespace TalksBot.Discord.Tests.Resilience;

public sealed class SlidingWindowLimiterTests
{
    private const int General = GatewaySocket.SendsPerMinute - GatewaySocket.ReservedForHeartbeats;

    [Fact]
    public async Task GatewaySends_117PerMinuteWithHeartbeatsKeepingTheirSlots()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, TimeSpan.FromSeconds(60));
        for (var i = 0; i < General; i++)
        {
            await limiter.WaitAsync(General, CancellationToken.None);
        }

        var overLimit = limiter.WaitAsync(General, CancellationToken.None).AsTask();
        var heartbeat = limiter.WaitAsync(GatewaySocket.SendsPerMinute, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(59));
        var waitedAMinute = overLimit.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await overLimit.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(heartbeat.IsCompletedSuccessfully);
        Assert.False(waitedAMinute);
    }
}
