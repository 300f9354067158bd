using TalksBot.Core.Index;

namespace TalksBot.Core.Knowledge;

/// <summary>One consistent snapshot of the data: the articles, the vocabulary and the index built
/// from them. Immutable; a reload builds a new one and swaps it in whole.</summary>
public sealed class KnowledgeBase
{
    internal KnowledgeBase(KnowledgeIndex index, DateTimeOffset loadedAt)
    {
        Index = index;
        LoadedAt = loadedAt;
    }

    public IReadOnlyList<Article> Articles => Index.Articles;

    public Vocabulary Vocabulary => Index.Vocabulary;

    public int StatementCount => Index.Statements.Count;

    public DateTimeOffset LoadedAt { get; }

    internal KnowledgeIndex Index { get; }

    public static KnowledgeBase Create(IReadOnlyList<Article> articles, Vocabulary vocabulary, DateTimeOffset loadedAt) =>
        new(KnowledgeIndexBuilder.Build(articles, vocabulary), loadedAt);
}
