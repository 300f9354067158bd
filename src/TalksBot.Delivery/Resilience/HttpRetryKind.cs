namespace TalksBot.Delivery.Resilience;

/// <summary>Why an HTTP call is tried again.</summary>
public enum HttpRetryKind
{
    /// <summary>A 429 whose retry hint fits the budget.</summary>
    RateLimited,

    /// <summary>A 5xx, a network failure or an attempt that timed out.</summary>
    Transient,
}
