using TalksBot.Core.Limits;

namespace TalksBot.State.Limits;

/// <summary>The limits' counters in this process's memory: the default without Redis, and the fallback
/// while Redis is unreachable. A counter is forgotten once its two windows have passed.</summary>
internal sealed class MemoryRateLimits(TimeProvider time)
{
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _sweptAt;

    public RateLimitDecision TryAcquire(IReadOnlyList<LimitedScope> scopes)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Sweep(now);
            var counters = new Counter[scopes.Count];
            for (var i = 0; i < scopes.Count; i++)
            {
                var scope = scopes[i];
                var counter = counters[i] = Current(scope, now);
                if (!SlidingWindow.Admits(scope.Limit, counter.Count, counter.Previous, SlidingWindow.PreviousWeight(now, scope.Window)))
                {
                    return new RateLimitDecision(scope.Scope, SlidingWindow.RetryAfter(scope.Limit, counter.Count, counter.Previous, now, scope.Window));
                }
            }

            foreach (var counter in counters)
            {
                counter.Count++;
            }

            return RateLimitDecision.Allowed;
        }
    }

    /// <summary>The scope's counter moved on to the window of <paramref name="now"/>.</summary>
    private Counter Current(LimitedScope scope, DateTimeOffset now)
    {
        var index = SlidingWindow.Index(now, scope.Window);
        if (!_counters.TryGetValue(scope.Key, out var counter))
        {
            counter = _counters[scope.Key] = new Counter { Index = index, Window = scope.Window };
        }

        if (counter.Index != index)
        {
            counter.Previous = counter.Index == index - 1 ? counter.Count : 0;
            counter.Count = 0;
            counter.Index = index;
            counter.Window = scope.Window;
        }

        return counter;
    }

    /// <summary>Drops counters whose windows are over, at most once a minute.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now.UtcTicks - _sweptAt < TimeSpan.TicksPerMinute)
        {
            return;
        }

        _sweptAt = now.UtcTicks;
        foreach (var (key, counter) in _counters)
        {
            if (SlidingWindow.Index(now, counter.Window) > counter.Index + 1)
            {
                _counters.Remove(key);
            }
        }
    }

    private sealed class Counter
    {
        public long Index { get; set; }

        public TimeSpan Window { get; set; }

        public long Count { get; set; }

        public long Previous { get; set; }
    }
}
