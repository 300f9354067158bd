namespace TalksBot.Delivery.Retry;

/// <summary>One kept item given up: its ordering key, the caller's label, why, and how long it was kept.</summary>
public sealed record RetryGiveUp(string Key, string Label, RetryGiveUpReason Reason, TimeSpan Age);
