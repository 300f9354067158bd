namespace TalksBot.Core.Limits;

/// <summary>How many questions a user, and a channel, may ask in a while: across instances when Redis is
/// configured, in this process otherwise. Core owns the contract; TalksBot.State implements it.</summary>
public interface IRateLimits
{
    /// <summary>Counts one question of <paramref name="userId"/> in <paramref name="channelId"/> when every
    /// limit that applies is below its maximum; otherwise counts nothing and says which limit was reached
    /// and how long until a question would be taken. A null id has no limit of its own.</summary>
    ValueTask<RateLimitDecision> TryAcquireAsync(string? userId, string? channelId, CancellationToken cancellationToken);
}
