namespace TalksBot.Core.Conversation;

/// <summary>The last turns of each conversation, by conversation id: in this process's memory by default
/// (<see cref="ConversationStore"/>), shared by every instance when a shared store is registered, so that a
/// follow-up served by another instance reads the same thread.</summary>
public interface IConversationStore
{
    /// <summary>The turns of a conversation still in context, oldest first; empty when there are none.</summary>
    ValueTask<IReadOnlyList<ConversationTurn>> HistoryAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Adds a turn, keeping only the last few, and restarts the conversation's silence.</summary>
    ValueTask AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken = default);

    /// <summary>Changes the last turn (its next "More quotes" page) without counting as a new turn.</summary>
    ValueTask ReplaceLastAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken = default);

    /// <summary>Forgets a conversation (a surface knows a new one starts under the same id).</summary>
    ValueTask ForgetAsync(string conversationId, CancellationToken cancellationToken = default);
}
