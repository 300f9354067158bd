namespace TalksBot.Delivery.Resilience;

/// <summary>How long and how often one HTTP call may wait before it gives up. A 429 is retried after the
/// server's hint, at most <paramref name="MaxRateLimitRetries"/> times and only while the hint is at most
/// <paramref name="MaxRetryAfter"/>; a 5xx, a network failure or an attempt past <paramref name="AttemptTimeout"/>
/// at most <paramref name="MaxTransientRetries"/> times, after a jittered pause doubling from
/// <paramref name="FirstTransientDelay"/> up to <paramref name="MaxTransientDelay"/>. Any other answer is final.</summary>
public sealed record HttpRetryBudget(
    int MaxRateLimitRetries,
    TimeSpan MaxRetryAfter,
    int MaxTransientRetries,
    TimeSpan FirstTransientDelay,
    TimeSpan MaxTransientDelay,
    TimeSpan? AttemptTimeout = null);
