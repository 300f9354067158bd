namespace TalksBot.Delivery.Resilience;

/// <summary>Capped exponential backoff with jitter: attempt n waits about first × 2^(n-1), at most
/// <c>cap</c>, scaled by a random factor from <see cref="BackoffJitter"/> (default <see cref="BackoffJitter.Equal"/>).
/// A reconnect loop keeps one and calls <see cref="Next"/>/<see cref="Reset"/>; <see cref="HttpRetryPipeline"/>
/// asks <see cref="DelayFor"/> for the attempt it is on.</summary>
public sealed class ExponentialBackoff(TimeSpan first, TimeSpan cap, BackoffJitter? jitter = null, Func<double>? random = null)
{
    private const int MaxExponent = 30;

    private readonly BackoffJitter _jitter = jitter ?? BackoffJitter.Equal;
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;
    private int _attempt;

    /// <summary>The delay before the next attempt; each call counts one more failure.</summary>
    public TimeSpan Next()
    {
        _attempt = Math.Min(_attempt + 1, MaxExponent);
        return DelayFor(_attempt);
    }

    public void Reset() => _attempt = 0;

    /// <summary>The delay before retry number <paramref name="attempt"/> (1 for the first), independent of <see cref="Next"/>.</summary>
    public TimeSpan DelayFor(int attempt)
    {
        var exponent = Math.Clamp(attempt, 1, MaxExponent) - 1;
        var capped = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), cap.TotalMilliseconds);
        var factor = _jitter.Low + ((_jitter.High - _jitter.Low) * _random());
        return TimeSpan.FromMilliseconds(Math.Min(capped * factor, cap.TotalMilliseconds));
    }
}
