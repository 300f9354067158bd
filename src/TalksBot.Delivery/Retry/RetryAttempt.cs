namespace TalksBot.Delivery.Retry;

/// <summary>What one attempt of a kept item came to: delivered, worth another try (after the server's hint
/// when it gave one), or refused for good.</summary>
public readonly record struct RetryAttempt(RetryAttemptOutcome Outcome, TimeSpan? RetryAfter = null)
{
    public static RetryAttempt Delivered => new(RetryAttemptOutcome.Delivered);

    public static RetryAttempt Refused => new(RetryAttemptOutcome.Refused);

    public static RetryAttempt Again(TimeSpan? retryAfter) => new(RetryAttemptOutcome.Again, retryAfter);
}
