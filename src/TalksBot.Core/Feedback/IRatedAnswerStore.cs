namespace TalksBot.Core.Feedback;

/// <summary>Rated answers by key, for a 👍/👎 click whose button was too small to carry the whole question and
/// for the later pages of an answer: in this process's memory by default (<see cref="InMemoryRatedAnswerStore"/>),
/// shared by every instance when a shared store is registered, so that any instance can serve the click.</summary>
public interface IRatedAnswerStore
{
    ValueTask AddAsync(string key, RatedAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Null when the key is unknown or forgotten.</summary>
    ValueTask<RatedAnswer?> FindAsync(string key, CancellationToken cancellationToken = default);
}
