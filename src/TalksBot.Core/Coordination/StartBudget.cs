namespace TalksBot.Core.Coordination;

/// <summary>What the platform says is left of its start budget: <paramref name="Remaining"/> of
/// <paramref name="Total"/>, reset to <paramref name="Total"/> after <paramref name="ResetAfter"/> (from now).</summary>
public sealed record StartBudget(int Total, int Remaining, TimeSpan ResetAfter);
