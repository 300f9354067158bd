namespace TalksBot.Delivery.Resilience;

/// <summary>A retry about to happen: why, which of its kind it is (1 for the first), and the pause before it.
/// <paramref name="Response"/> is the answer that caused it (readable during the callback, disposed after it);
/// <paramref name="Exception"/> the failure when no answer came.</summary>
public sealed record HttpRetry(HttpRetryKind Kind, int Count, TimeSpan Delay, HttpResponseMessage? Response, Exception? Exception);
