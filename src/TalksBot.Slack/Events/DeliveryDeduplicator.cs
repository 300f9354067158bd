namespace TalksBot.Slack.Events;

/// <summary>Remembers recent delivery keys (event ids, channel+ts) so that Slack's retries (after 3 s,
/// 1 min and 5 min) and overlapping sockets never produce a second answer (notes/slack.md §2.6).
/// Bounded in size, keys expire after <see cref="Lifetime"/>; a key seen for the first time is always
/// accepted, whatever its retry number says.</summary>
internal sealed class DeliveryDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public const int Capacity = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True when none of <paramref name="keys"/> was seen within the lifetime; then all of them are recorded.</summary>
    public bool TryAccept(params ReadOnlySpan<string> keys)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Expire(now);
            foreach (var key in keys)
            {
                if (_seen.ContainsKey(key))
                {
                    return false;
                }
            }

            foreach (var key in keys)
            {
                _seen[key] = now;
                _order.Enqueue((key, now));
            }

            while (_seen.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                Forget(oldest.Key, oldest.At);
            }

            return true;
        }
    }

    /// <summary>Undoes an acceptance whose work could not be queued, so that Slack's retry is answered.</summary>
    public void Release(params ReadOnlySpan<string> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _seen.Remove(key);
            }
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= Lifetime)
        {
            _order.Dequeue();
            Forget(oldest.Key, oldest.At);
        }
    }

    // A key released and accepted again has a newer time; only its newest entry may remove it.
    private void Forget(string key, DateTimeOffset at)
    {
        if (_seen.TryGetValue(key, out var recorded) && recorded == at)
        {
            _seen.Remove(key);
        }
    }
}
