using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Answers for "More quotes" in this process's memory, bounded in size and time: the default
/// store, and the fallback of a shared one. An expired key gets a clear "ask again" reply.</summary>
public sealed class FollowUpStore(TimeProvider time, int capacity, TimeSpan lifetime) : IFollowUpStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Answers held now, expired ones not yet dropped included.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public void Add(string key, Answer answer)
    {
        lock (_lock)
        {
            while (_order.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _entries.Remove(oldest);
            }

            _entries[key] = new Entry(answer, time.GetUtcNow() + lifetime);
            _order.Enqueue(key);
        }
    }

    public Answer? Find(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                return null;
            }

            if (entry.Expires > time.GetUtcNow())
            {
                return entry.Answer;
            }

            _entries.Remove(key);
            return null;
        }
    }

    ValueTask IFollowUpStore.AddAsync(string key, Answer answer, CancellationToken cancellationToken)
    {
        Add(key, answer);
        return ValueTask.CompletedTask;
    }

    ValueTask<Answer?> IFollowUpStore.FindAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(Find(key));

    private sealed record Entry(Answer Answer, DateTimeOffset Expires);
}
