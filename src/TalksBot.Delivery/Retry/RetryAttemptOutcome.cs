namespace TalksBot.Delivery.Retry;

public enum RetryAttemptOutcome
{
    Delivered,
    Again,
    Refused,
}
