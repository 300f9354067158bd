using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Answers whose citations did not fit one reply, by the key their "More quotes" button carries
/// (<see cref="FollowUpKey"/>): in this process's memory by default (<see cref="FollowUpStore"/>), shared by
/// every instance when a shared store is registered, so that any instance can serve the next page.</summary>
public interface IFollowUpStore
{
    ValueTask AddAsync(string key, Answer answer, CancellationToken cancellationToken = default);

    /// <summary>Null when the key is unknown or has expired.</summary>
    ValueTask<Answer?> FindAsync(string key, CancellationToken cancellationToken = default);
}
