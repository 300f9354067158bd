using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Answers' citations for "More quotes" in this process's memory, bounded in size and time: the default
/// store, and the fallback of a shared one. An expired key gets a clear "ask again" reply. Only the citations are
/// kept (the index's own objects, shared by every answer that cites them), not the answer's text.</summary>
public sealed class FollowUpStore(TimeProvider time, int capacity, TimeSpan lifetime) : IFollowUpStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Entries held now, expired ones not yet dropped included.</summary>
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

    public void Add(string key, IReadOnlyList<Citation> citations)
    {
        lock (_lock)
        {
            while (_order.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _entries.Remove(oldest);
            }

            _entries[key] = new Entry([.. citations], time.GetUtcNow() + lifetime);
            _order.Enqueue(key);
        }
    }

    public IReadOnlyList<Citation>? Find(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                return null;
            }

            if (entry.Expires > time.GetUtcNow())
            {
                return entry.Citations;
            }

            _entries.Remove(key);
            return null;
        }
    }

    ValueTask IFollowUpStore.AddAsync(string key, IReadOnlyList<Citation> citations, CancellationToken cancellationToken)
    {
        Add(key, citations);
        return ValueTask.CompletedTask;
    }

    ValueTask<IReadOnlyList<Citation>?> IFollowUpStore.FindAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(Find(key));

    private sealed record Entry(Citation[] Citations, DateTimeOffset Expires);
}
