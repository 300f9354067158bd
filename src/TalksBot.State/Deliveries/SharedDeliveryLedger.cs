using TalksBot.Core.Deliveries;
using TalksBot.State.Redis;

namespace TalksBot.State.Deliveries;

/// <summary>The ledger shared by every instance through Redis. While Redis is unreachable deliveries are
/// claimed in this process's memory instead (one warning per outage, every such claim counted), and the
/// ledger goes back to Redis by itself as soon as it answers. During an outage two instances can each
/// accept a retry of the same delivery: the one duplicate this allows is counted in
/// <c>talksbot.state.fallbacks</c>.</summary>
internal sealed class SharedDeliveryLedger(
    RedisDeliveryStore redis,
    MemoryDeliveryLedger memory,
    RedisOutage outage,
    StateMetrics metrics) : IDeliveryLedger
{
    public async ValueTask<bool> TryClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        bool claimed;
        if (await redis.TryClaimAsync(keys, cancellationToken) is { } shared)
        {
            outage.Answered();
            claimed = shared;
            if (claimed)
            {
                // Kept here too, so that a Redis outage right after still catches this instance's duplicates.
                memory.Remember(keys);
            }
        }
        else
        {
            outage.FellBack();
            claimed = memory.TryClaim(keys);
        }

        if (!claimed)
        {
            metrics.Deduplicated();
        }

        return claimed;
    }

    public async ValueTask ReleaseAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        memory.Release(keys);
        if (await redis.TryReleaseAsync(keys, cancellationToken))
        {
            outage.Answered();
        }
        else
        {
            outage.FellBack();
        }
    }
}
