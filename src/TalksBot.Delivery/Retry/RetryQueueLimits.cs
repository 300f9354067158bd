namespace TalksBot.Delivery.Retry;

/// <summary>How much a <see cref="RetryQueue"/> keeps: at most <paramref name="Capacity"/> items in all, none
/// older than <paramref name="MaxAge"/>; without a hint a retry waits a capped, jittered, doubling pause from
/// <paramref name="FirstDelay"/> (default 1 s) to <paramref name="MaxDelay"/> (default 30 s).</summary>
public sealed record RetryQueueLimits(int Capacity, TimeSpan MaxAge, TimeSpan? FirstDelay = null, TimeSpan? MaxDelay = null);
