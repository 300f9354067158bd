using System.Globalization;
using System.Net.Http.Headers;

namespace TalksBot.Discord.Rest;

/// <summary>Per-route buckets learned from the <c>X-RateLimit-*</c> headers, plus the global block a
/// global 429 sets. Times come from <c>Reset-After</c> and <c>retry_after</c>, never the server's clock.</summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int PruneAbove = 1000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _bucketOfRoute = [];
    private readonly Dictionary<string, BucketState> _states = [];
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>How long to wait before sending on <paramref name="route"/>; zero when it may go now.</summary>
    public TimeSpan DelayFor(RestRoute route)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var until = _globalUntil;
            if (_states.TryGetValue(StateKey(route), out var state) && state.Remaining <= 0 && state.ResetAt > until)
            {
                until = state.ResetAt;
            }

            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    public void Observe(RestRoute route, HttpResponseHeaders headers)
    {
        var bucket = Header(headers, "X-RateLimit-Bucket");
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        lock (_lock)
        {
            if (bucket is not null)
            {
                _bucketOfRoute[route.RouteKey] = bucket;
            }

            if (int.TryParse(remaining, CultureInfo.InvariantCulture, out var left) && TryParseSeconds(resetAfter, out var after))
            {
                Prune();
                _states[StateKey(route)] = new BucketState(left, time.GetUtcNow() + after);
            }
        }
    }

    /// <summary>Records a 429: a global one blocks every route, a route one (user or shared scope) only its bucket.</summary>
    public void Limited(RestRoute route, bool global, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (global)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
            else
            {
                _states[StateKey(route)] = new BucketState(0, until);
            }
        }
    }

    public static bool TryParseSeconds(string? value, out TimeSpan span)
    {
        span = TimeSpan.Zero;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0 || double.IsInfinity(seconds))
        {
            return false;
        }

        span = TimeSpan.FromSeconds(seconds);
        return true;
    }

    public static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private string StateKey(RestRoute route) =>
        _bucketOfRoute.TryGetValue(route.RouteKey, out var bucket) ? bucket + " " + route.MajorParameter : route.Key;

    private void Prune()
    {
        if (_states.Count < PruneAbove)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var key in _states.Where(s => s.Value.ResetAt <= now).Select(s => s.Key).ToList())
        {
            _states.Remove(key);
        }
    }

    private sealed record BucketState(int Remaining, DateTimeOffset ResetAt);
}
