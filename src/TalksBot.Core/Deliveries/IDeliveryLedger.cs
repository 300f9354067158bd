namespace TalksBot.Core.Deliveries;

/// <summary>Remembers which deliveries were claimed (Slack event ids and channel+ts keys, Discord message
/// and interaction ids), so that each is answered once: across instances when Redis is configured, in this
/// process otherwise. Core owns the contract; TalksBot.State implements it (memory, or Redis), and the
/// adapters call it without knowing which.</summary>
public interface IDeliveryLedger
{
    /// <summary>True when none of <paramref name="keys"/> was claimed within the lifetime, and then all of
    /// them are claimed now; false for a duplicate, which is counted.</summary>
    ValueTask<bool> TryClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="keys"/> of a delivery that was claimed but could not be taken on,
    /// so that the platform's retry is accepted.</summary>
    ValueTask ReleaseAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
