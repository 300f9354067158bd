using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>A statement ready for ranking: its citation (built once), the terms it contains in any
/// field (sorted, for coverage checks) and what it is linked to.</summary>
internal sealed record IndexedStatement(
    int Index,
    Article Article,
    Statement Statement,
    Actor Speaker,
    Citation Citation,
    int[] Terms,
    int[] Groups,
    TextToken[] QuoteTokens,
    int[] SentenceStarts)
{
    public bool Contains(int term) => Array.BinarySearch(Terms, term) >= 0;

    /// <summary>Indexes of statements this one disputes.</summary>
    public List<int> Disputes { get; } = [];

    /// <summary>Indexes of statements that dispute this one.</summary>
    public List<int> DisputedBy { get; } = [];
}
