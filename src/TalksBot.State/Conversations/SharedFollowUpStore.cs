using Microsoft.Extensions.Options;
using TalksBot.Core.Chat;
using TalksBot.Core.Query;
using TalksBot.State.Redis;

namespace TalksBot.State.Conversations;

/// <summary>"More quotes" pages shared by every instance: the answer's citations are kept in Redis under its button's key for
/// <see cref="ChatOptions.FollowUpLifetime"/>, so a click served by another instance finds it. Kept in this
/// instance's memory too, for a click while Redis is down.</summary>
internal sealed class SharedFollowUpStore(RedisFallback redis, FollowUpStore memory, IOptions<StateOptions> state, IOptions<ChatOptions> chat) : IFollowUpStore
{
    private readonly SharedValues<IReadOnlyList<Citation>> _citations = new(
        redis, state.Value.KeyPrefix + "more:", chat.Value.FollowUpLifetime, StateJsonContext.Default.IReadOnlyListCitation, memory.Add, memory.Find);

    public ValueTask AddAsync(string key, IReadOnlyList<Citation> citations, CancellationToken cancellationToken = default) =>
        _citations.AddAsync(key, citations, cancellationToken);

    public ValueTask<IReadOnlyList<Citation>?> FindAsync(string key, CancellationToken cancellationToken = default) =>
        _citations.FindAsync(key, cancellationToken);
}
