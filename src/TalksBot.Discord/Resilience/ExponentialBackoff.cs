namespace TalksBot.Discord.Resilience;

/// <summary>Capped exponential backoff with jitter: attempt n waits about first × 2^(n-1), at most
/// <c>cap</c>, scaled by a random factor in [0.5, 1) so that many clients do not retry in step.</summary>
internal sealed class ExponentialBackoff(TimeSpan first, TimeSpan cap, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;
    private int _attempt;

    public TimeSpan Next()
    {
        _attempt = Math.Min(_attempt + 1, 30);
        var exponential = first.TotalMilliseconds * Math.Pow(2, _attempt - 1);
        var capped = Math.Min(exponential, cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (_random() * 0.5)));
    }

    public void Reset() => _attempt = 0;
}
