using Microsoft.Extensions.Logging;
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
    StateMetrics metrics,
    ILogger<SharedDeliveryLedger> logger) : IDeliveryLedger
{
    private int _degraded;

    public async ValueTask<bool> TryClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        bool claimed;
        if (await redis.TryClaimAsync(keys, cancellationToken) is { } shared)
        {
            Recovered();
            claimed = shared;
            if (claimed)
            {
                // Kept here too, so that a Redis outage right after still catches this instance's duplicates.
                memory.Remember(keys);
            }
        }
        else
        {
            Degraded();
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
            Recovered();
        }
        else
        {
            Degraded();
        }
    }

    private void Degraded()
    {
        metrics.FellBack();
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            Log.RedisUnreachable(logger);
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            Log.RedisBack(logger);
        }
    }
}
