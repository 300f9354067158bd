namespace TalksBot.Delivery.Retry;

/// <summary>Why a kept item was given up: the queue was full, it grew older than the limit, the server refused it
/// for good, or the process stopped before it went through.</summary>
public enum RetryGiveUpReason
{
    Overflow,
    Expired,
    Refused,
    Shutdown,
}
