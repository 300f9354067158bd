using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;

namespace TalksBot.State.Deliveries;

/// <summary>The ledger in this process's memory: the default without Redis, and the fallback while Redis is
/// unreachable. Keys expire after <see cref="StateOptions.DeliveryLifetime"/>.</summary>
internal sealed class MemoryDeliveryLedger : IDisposable
{
    private readonly MemoryCache _claimed;
    private readonly TimeSpan _lifetime;
    private readonly Lock _gate = new();

    public MemoryDeliveryLedger(IOptions<StateOptions> options, TimeProvider time)
    {
        _lifetime = options.Value.DeliveryLifetime;
        _claimed = new MemoryCache(new MemoryCacheOptions { Clock = new Clock(time) });
    }

    public bool TryClaim(IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            if (keys.Any(key => _claimed.TryGetValue(key, out _)))
            {
                return false;
            }

            Remember(keys);
            return true;
        }
    }

    /// <summary>Records keys claimed elsewhere (in Redis), so that a Redis outage right after still catches their duplicates here.</summary>
    public void Remember(IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            _claimed.Set(key, true, _lifetime);
        }
    }

    public void Release(IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            _claimed.Remove(key);
        }
    }

    public void Dispose() => _claimed.Dispose();

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
