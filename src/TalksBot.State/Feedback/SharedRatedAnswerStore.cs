using Microsoft.Extensions.Options;
using TalksBot.Core.Feedback;
using TalksBot.State.Redis;

namespace TalksBot.State.Feedback;

/// <summary>Rated answers shared by every instance: kept in Redis for <see cref="StateOptions.AnswerLifetime"/>, so a
/// 👍/👎 click (or a later page) served by another instance knows the question and the cited statements even when
/// the button could not carry them. Kept in this instance's memory too, for a click while Redis is down.</summary>
internal sealed class SharedRatedAnswerStore(RedisFallback redis, InMemoryRatedAnswerStore memory, IOptions<StateOptions> state) : IRatedAnswerStore
{
    private readonly SharedValues<RatedAnswer> _answers = new(
        redis, state.Value.KeyPrefix + "rated:", state.Value.AnswerLifetime, StateJsonContext.Default.RatedAnswer, memory.Add, memory.Find);

    public ValueTask AddAsync(string key, RatedAnswer answer, CancellationToken cancellationToken = default) => _answers.AddAsync(key, answer, cancellationToken);

    public ValueTask<RatedAnswer?> FindAsync(string key, CancellationToken cancellationToken = default) => _answers.FindAsync(key, cancellationToken);
}
