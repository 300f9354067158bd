namespace TalksBot.Slack.SocketMode;

/// <summary>Capped exponential backoff with ±20 % jitter: 1 s, 2 s, 4 s … up to <see cref="Max"/>.
/// Jitter keeps many instances from reconnecting in step after an outage. Self-contained so that it
/// can move to a shared transport project unchanged.</summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Func<double> random)
{
    private int _failures;

    public ReconnectBackoff()
        : this(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), Random.Shared.NextDouble)
    {
    }

    public TimeSpan Max => max;

    /// <summary>The delay before the next attempt; each call counts one more failure.</summary>
    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures++, 30);
        var baseDelay = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        var jittered = baseDelay * (0.8 + (0.4 * random()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, max.TotalMilliseconds));
    }

    public void Reset() => _failures = 0;
}
