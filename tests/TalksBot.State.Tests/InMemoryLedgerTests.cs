using Microsoft.Extensions.Time.Testing;
using TalksBot.State.Deliveries;

namespace TalksBot.State.Tests;

/// <summary>Without <c>Redis:Configuration</c>: the ledger lives in this process, nothing to install.</summary>
public sealed class InMemoryLedgerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2022, 3, 29, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SecondDelivery_UnderAnyOfItsKeys_IsADuplicateAndCounted()
    {
        await using var instance = Instance.Start(redis: null, _time);

        Assert.True(await instance.ClaimAsync("event:Ev1", "message:C1:1.1"));
        Assert.False(await instance.ClaimAsync("event:Ev1"));
        Assert.False(await instance.ClaimAsync("event:Ev2", "message:C1:1.1"));
        Assert.True(await instance.ClaimAsync("event:Ev3", "message:C1:1.2"));

        Assert.Equal(2, instance.Deduplicated.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task RefusedDuplicate_ClaimsNoneOfItsOtherKeys()
    {
        await using var instance = Instance.Start(redis: null, _time);
        await instance.ClaimAsync("event:Ev1");

        Assert.False(await instance.ClaimAsync("event:Ev2", "event:Ev1"));

        Assert.True(await instance.ClaimAsync("event:Ev2"));
    }

    [Fact]
    public async Task Key_ForgottenAfterTheDeliveryLifetime()
    {
        await using var instance = Instance.Start(redis: null, _time);
        await instance.ClaimAsync("event:Ev1");

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.False(await instance.ClaimAsync("event:Ev1"));
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await instance.ClaimAsync("event:Ev1"));
    }

    [Fact]
    public async Task Released_ClaimableAgain()
    {
        await using var instance = Instance.Start(redis: null, _time);
        await instance.ClaimAsync("event:Ev1");

        await instance.Ledger.ReleaseAsync(["event:Ev1"], CancellationToken.None);

        Assert.True(await instance.ClaimAsync("event:Ev1"));
    }

    [Fact]
    public async Task BeyondCapacity_TheOldestKeysAreForgottenFirst()
    {
        await using var instance = Instance.Start(redis: null, _time);

        for (var i = 0; i <= MemoryDeliveryLedger.Capacity; i++)
        {
            Assert.True(await instance.ClaimAsync("event:Ev" + i));
        }

        Assert.True(await instance.ClaimAsync("event:Ev0"));
        Assert.False(await instance.ClaimAsync("event:Ev" + MemoryDeliveryLedger.Capacity));
    }

    [Fact]
    public async Task ReleasedAndClaimedAgain_TheOlderEntryDoesNotExpireTheNewerClaim()
    {
        await using var instance = Instance.Start(redis: null, _time);
        await instance.ClaimAsync("event:Ev1");
        await instance.Ledger.ReleaseAsync(["event:Ev1"], CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await instance.ClaimAsync("event:Ev1"));

        _time.Advance(TimeSpan.FromMinutes(6));

        Assert.False(await instance.ClaimAsync("event:Ev1"));
    }
}
