using Microsoft.Extensions.Options;

namespace TalksBot.State.Deliveries;

/// <summary>The ledger in this process's memory: the default without Redis, and the fallback while Redis is
/// unreachable. Keys expire after <see cref="StateOptions.DeliveryLifetime"/>; past <see cref="Capacity"/>
/// keys the oldest are forgotten first, so a flood cannot grow memory without bound.</summary>
internal sealed class MemoryDeliveryLedger(IOptions<StateOptions> options, TimeProvider time)
{
    public const int Capacity = 100_000;

    private readonly TimeSpan _lifetime = options.Value.DeliveryLifetime;
    private readonly Dictionary<string, DateTimeOffset> _claimed = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _gate = new();

    public bool TryClaim(IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            var now = Expire();
            if (keys.Any(_claimed.ContainsKey))
            {
                return false;
            }

            Add(keys, now);
            return true;
        }
    }

    /// <summary>Records keys claimed elsewhere (in Redis), so that a Redis outage right after still catches their duplicates here.</summary>
    public void Remember(IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            Add(keys, Expire());
        }
    }

    public void Release(IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _claimed.Remove(key);
            }
        }
    }

    private void Add(IReadOnlyList<string> keys, DateTimeOffset now)
    {
        foreach (var key in keys)
        {
            _claimed[key] = now;
            _order.Enqueue((key, now));
        }

        while (_claimed.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            Forget(oldest.Key, oldest.At);
        }
    }

    private DateTimeOffset Expire()
    {
        var now = time.GetUtcNow();
        while (_order.TryPeek(out var oldest) && now - oldest.At >= _lifetime)
        {
            _order.Dequeue();
            Forget(oldest.Key, oldest.At);
        }

        return now;
    }

    // A key released and claimed again has a newer time; only its newest entry may remove it.
    private void Forget(string key, DateTimeOffset at)
    {
        if (_claimed.TryGetValue(key, out var recorded) && recorded == at)
        {
            _claimed.Remove(key);
        }
    }
}
