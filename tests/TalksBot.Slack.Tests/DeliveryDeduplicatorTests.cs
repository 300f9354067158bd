using Microsoft.Extensions.Time.Testing;
using TalksBot.Slack.Events;

namespace TalksBot.Slack.Tests;

public sealed class DeliveryDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TryAccept_SameKeyWithinLifetime_RefusedUntilItExpires()
    {
        var deduplicator = new DeliveryDeduplicator(_time);

        Assert.True(deduplicator.TryAccept("Ev1"));
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.False(deduplicator.TryAccept("Ev1"));
        _time.Advance(DeliveryDeduplicator.Lifetime - TimeSpan.FromMinutes(6));
        Assert.True(deduplicator.TryAccept("Ev1"));
    }

    [Fact]
    public void TryAccept_AnyKnownKey_RefusesTheDelivery()
    {
        var deduplicator = new DeliveryDeduplicator(_time);

        Assert.True(deduplicator.TryAccept("event:Ev1", "message:C1:1.0"));

        Assert.False(deduplicator.TryAccept("event:Ev2", "message:C1:1.0"));
        Assert.True(deduplicator.TryAccept("event:Ev3", "message:C1:2.0"));
    }

    [Fact]
    public void Release_LetsTheRetryOfAnUnqueuedDeliveryIn()
    {
        var deduplicator = new DeliveryDeduplicator(_time);
        Assert.True(deduplicator.TryAccept("Ev1"));

        deduplicator.Release("Ev1");

        Assert.True(deduplicator.TryAccept("Ev1"));
    }

    [Fact]
    public void TryAccept_BeyondCapacity_ForgetsTheOldestFirst()
    {
        var deduplicator = new DeliveryDeduplicator(_time);

        for (var i = 0; i <= DeliveryDeduplicator.Capacity; i++)
        {
            Assert.True(deduplicator.TryAccept("Ev" + i));
        }

        Assert.True(deduplicator.TryAccept("Ev0"));
        Assert.False(deduplicator.TryAccept("Ev" + DeliveryDeduplicator.Capacity));
    }
}
