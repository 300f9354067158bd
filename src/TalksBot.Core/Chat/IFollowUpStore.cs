using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>The citations of answers that did not fit one reply (all that a "More quotes" page needs), by the key their button carries
/// (<see cref="FollowUpKey"/>): in this process's memory by default (<see cref="FollowUpStore"/>), shared by
/// every instance when a shared store is registered, so that any instance can serve the next page.</summary>
public interface IFollowUpStore
{
    ValueTask AddAsync(string key, IReadOnlyList<Citation> citations, CancellationToken cancellationToken = default);

    /// <summary>Null when the key is unknown or has expired.</summary>
    ValueTask<IReadOnlyList<Citation>?> FindAsync(string key, CancellationToken cancellationToken = default);
}
