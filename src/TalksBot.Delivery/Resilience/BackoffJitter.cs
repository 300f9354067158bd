namespace TalksBot.Delivery.Resilience;

/// <summary>The range [<paramref name="Low"/>, <paramref name="High"/>) of the random factor that scales a
/// backoff delay, so that many clients failing together do not retry in step.</summary>
public readonly record struct BackoffJitter(double Low, double High)
{
    /// <summary>[0.5, 1): half of the delay fixed, half random ("equal jitter"); never past the nominal delay.</summary>
    public static BackoffJitter Equal { get; } = new(0.5, 1.0);

    /// <summary>[0.8, 1.2): ±20 % around the nominal delay (still never past the cap).</summary>
    public static BackoffJitter TwentyPercent { get; } = new(0.8, 1.2);
}
