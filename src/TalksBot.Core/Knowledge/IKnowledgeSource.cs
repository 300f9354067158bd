namespace TalksBot.Core.Knowledge;

/// <summary>Hands out the current <see cref="KnowledgeBase"/>. A caller takes it once per question
/// and uses that snapshot throughout, so a reload never changes data under a question in flight.</summary>
public interface IKnowledgeSource
{
    KnowledgeBase Current { get; }
}
