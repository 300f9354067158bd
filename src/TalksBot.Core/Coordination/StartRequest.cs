namespace TalksBot.Core.Coordination;

/// <summary>One start in <paramref name="Bucket"/>, which starts at most once per <paramref name="Spacing"/>,
/// under the budget the platform last reported.</summary>
public sealed record StartRequest(int Bucket, TimeSpan Spacing, StartBudget Budget);
