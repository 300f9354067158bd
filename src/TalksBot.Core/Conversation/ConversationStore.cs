namespace TalksBot.Core.Conversation;

/// <summary>The last few turns of each conversation, in memory: a conversation is forgotten after
/// <c>silence</c> without a message, only the last <c>maxTurns</c> are kept, and past <c>capacity</c>
/// conversations the one silent longest is forgotten first. The default store, and the fallback of a shared one.</summary>
public sealed class ConversationStore(TimeProvider time, int capacity, TimeSpan silence, int maxTurns) : IConversationStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);

    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<Entry> _recent = new();

    /// <summary>Conversations held now, silent ones not yet dropped included.</summary>
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

    /// <summary>The turns of a conversation still in context, oldest first; empty when there are none.</summary>
    public IReadOnlyList<ConversationTurn> History(string conversationId)
    {
        lock (_lock)
        {
            return Live(conversationId) is { } entry ? [.. entry.Turns] : [];
        }
    }

    /// <summary>Forgets a conversation (a surface knows a new one starts under the same id).</summary>
    public void Forget(string conversationId)
    {
        lock (_lock)
        {
            if (_entries.Remove(conversationId, out var node))
            {
                _recent.Remove(node);
            }
        }
    }

    public void Add(string conversationId, ConversationTurn turn)
    {
        lock (_lock)
        {
            var entry = Live(conversationId) ?? Start(conversationId);
            entry.Turns.Add(turn);
            if (entry.Turns.Count > maxTurns)
            {
                entry.Turns.RemoveRange(0, entry.Turns.Count - maxTurns);
            }

            Touch(entry);
        }
    }

    /// <summary>Changes the last turn (its next "More quotes" page) without counting as a new turn.</summary>
    public void ReplaceLast(string conversationId, ConversationTurn turn)
    {
        lock (_lock)
        {
            if (Live(conversationId) is { Turns.Count: > 0 } entry)
            {
                entry.Turns[^1] = turn;
                Touch(entry);
            }
        }
    }

    ValueTask<IReadOnlyList<ConversationTurn>> IConversationStore.HistoryAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(History(conversationId));

    ValueTask IConversationStore.AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        Add(conversationId, turn);
        return ValueTask.CompletedTask;
    }

    ValueTask IConversationStore.ReplaceLastAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ReplaceLast(conversationId, turn);
        return ValueTask.CompletedTask;
    }

    ValueTask IConversationStore.ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        Forget(conversationId);
        return ValueTask.CompletedTask;
    }

    private Entry? Live(string conversationId)
    {
        if (!_entries.TryGetValue(conversationId, out var node))
        {
            return null;
        }

        if (time.GetUtcNow() - node.Value.LastMessage < silence)
        {
            return node.Value;
        }

        _entries.Remove(conversationId);
        _recent.Remove(node);
        return null;
    }

    private Entry Start(string conversationId)
    {
        while (_entries.Count >= capacity && _recent.Last is { } oldest)
        {
            _entries.Remove(oldest.Value.Id);
            _recent.RemoveLast();
        }

        var node = _recent.AddFirst(new Entry(conversationId));
        _entries[conversationId] = node;
        return node.Value;
    }

    private void Touch(Entry entry)
    {
        entry.LastMessage = time.GetUtcNow();
        var node = _entries[entry.Id];
        _recent.Remove(node);
        _recent.AddFirst(node);
    }

    private sealed class Entry(string id)
    {
        public string Id { get; } = id;

        public List<ConversationTurn> Turns { get; } = [];

        public DateTimeOffset LastMessage { get; set; }
    }
}
