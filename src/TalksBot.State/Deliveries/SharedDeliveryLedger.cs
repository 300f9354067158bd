using TalksBot.Core.Deliveries;
using TalksBot.State.Redis;

namespace TalksBot.State.Deliveries;

/// <summary>The ledger shared by every instance through Redis. While Redis is unreachable deliveries are
/// claimed in this process's memory instead (one warning per outage, every such claim counted), and the
/// ledger goes back to Redis by itself as soon as it answers. During an outage two instances can each
/// accept a retry of the same delivery: the one duplicate this allows is counted in
/// <c>talksbot.state.fallbacks</c>.</summary>
internal sealed class SharedDeliveryLedger(
    RedisFallback redis,
    RedisDeliveryStore store,
    MemoryDeliveryLedger memory,
    StateMetrics metrics) : IDeliveryLedger
{
    public async ValueTask<bool> TryClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var claimed = await redis.RunAsync(
            async database =>
            {
                var won = await store.ClaimAsync(database, keys);
                if (won)
                {
                    // Kept here too, so that a Redis outage right after still catches this instance's duplicates.
                    memory.Remember(keys);
                }

                return won;
            },
            () => memory.TryClaim(keys),
            cancellationToken);
        if (!claimed)
        {
            metrics.Deduplicated();
        }

        return claimed;
    }

    public async ValueTask ReleaseAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        memory.Release(keys);
        await redis.WriteAsync(database => store.ReleaseAsync(database, keys), cancellationToken);
    }
}
