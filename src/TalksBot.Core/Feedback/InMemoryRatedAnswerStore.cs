using Microsoft.Extensions.Options;

namespace TalksBot.Core.Feedback;

/// <summary>The latest rated answers in this process's memory, at most <see cref="FeedbackOptions.RememberedAnswers"/>
/// (oldest forgotten first): the default store, and the fallback of a shared one.</summary>
public sealed class InMemoryRatedAnswerStore(IOptions<FeedbackOptions> options) : IRatedAnswerStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RatedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Rated answers held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _answers.Count;
            }
        }
    }

    public void Add(string key, RatedAnswer answer)
    {
        lock (_lock)
        {
            while (_order.Count >= options.Value.RememberedAnswers && _order.TryDequeue(out var oldest))
            {
                _answers.Remove(oldest);
            }

            _answers[key] = answer;
            _order.Enqueue(key);
        }
    }

    public RatedAnswer? Find(string key)
    {
        lock (_lock)
        {
            return _answers.GetValueOrDefault(key);
        }
    }

    ValueTask IRatedAnswerStore.AddAsync(string key, RatedAnswer answer, CancellationToken cancellationToken)
    {
        Add(key, answer);
        return ValueTask.CompletedTask;
    }

    ValueTask<RatedAnswer?> IRatedAnswerStore.FindAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(Find(key));
}
