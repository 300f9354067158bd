namespace TalksBot.Core.Knowledge;

/// <summary>Holds the snapshot being served. <see cref="Replace"/> swaps in a new one atomically;
/// questions already running keep the snapshot they took.</summary>
public sealed class KnowledgeStore(KnowledgeBase initial) : IKnowledgeSource
{
    private KnowledgeBase _current = initial;

    public KnowledgeBase Current => Volatile.Read(ref _current);

    public void Replace(KnowledgeBase next) => Volatile.Write(ref _current, next);
}
