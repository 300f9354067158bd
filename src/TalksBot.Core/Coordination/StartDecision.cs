namespace TalksBot.Core.Coordination;

/// <summary>The answer to a start: taken (with what is left of the budget), or wait <paramref name="Wait"/> and ask
/// again, because the bucket started less than its spacing ago or because the budget is spent.</summary>
public sealed record StartDecision(bool Started, TimeSpan Wait, bool BudgetSpent, int Remaining)
{
    public static StartDecision Taken(int remaining) => new(true, TimeSpan.Zero, false, remaining);

    public static StartDecision BucketBusy(TimeSpan wait) => new(false, wait, false, 0);

    public static StartDecision Spent(TimeSpan wait) => new(false, wait, true, 0);
}
