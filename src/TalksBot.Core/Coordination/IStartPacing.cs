namespace TalksBot.Core.Coordination;

/// <summary>Paces session starts (a platform's identify) for every instance of the bot: each bucket starts at
/// most once per spacing, and all buckets together spend one budget that the platform resets after a while.
/// Across instances when Redis is configured (TalksBot.State), in this process otherwise
/// (<see cref="MemoryStartPacing"/>). Core owns the contract; an adapter asks it before each start.</summary>
public interface IStartPacing
{
    /// <summary>Takes the next start of <paramref name="request"/>'s bucket when it is free and the budget is not
    /// spent, counting it as spent; otherwise says how long to wait before asking again.</summary>
    ValueTask<StartDecision> TryStartAsync(StartRequest request, CancellationToken cancellationToken);
}
