namespace TalksBot.Core.Limits;

/// <summary>The outcome of <see cref="IRateLimits.TryAcquireAsync"/>: allowed, or the limit reached and how long until it admits a question again.</summary>
public sealed record RateLimitDecision(RateLimitScope? Exceeded, TimeSpan RetryAfter)
{
    public static readonly RateLimitDecision Allowed = new(null, TimeSpan.Zero);

    public bool IsAllowed => Exceeded is null;
}
