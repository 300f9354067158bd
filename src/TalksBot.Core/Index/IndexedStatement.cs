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
    int[] Groups)
{
    private TextToken[]? _quoteTokens;
    private int[]? _sentenceStarts;
    private string[]? _contentStems;

    public bool Contains(int term) => Array.BinarySearch(Terms, term) >= 0;

    /// <summary>The quote's words, worked out the first time an answer shows the statement (most
    /// statements of a large corpus never are, and keeping them all would cost a tenth of its memory).</summary>
    public TextToken[] QuoteTokens => _quoteTokens ??= [.. Tokenizer.Tokenize(Statement.Quote)];

    /// <summary>The stems of the quote's content words, distinct and in ordinal order (made on first use).</summary>
    public string[] ContentStems => _contentStems ??=
        [.. QuoteTokens.Where(t => !t.IsFunctionWord).Select(t => t.Stem).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Where each sentence of the quote starts, worked out on first use like <see cref="QuoteTokens"/>.</summary>
    public int[] SentenceStarts => _sentenceStarts ??= Sentences.Starts(Statement.Quote);

    private List<int>? _disputes;
    private List<int>? _disputedBy;

    /// <summary>Indexes of statements this one disputes (most dispute none, so the list is made on first link).</summary>
    public IReadOnlyList<int> Disputes => _disputes ?? [];

    /// <summary>Indexes of statements that dispute this one.</summary>
    public IReadOnlyList<int> DisputedBy => _disputedBy ?? [];

    /// <summary>Records that this statement disputes <paramref name="other"/>.</summary>
    public void Dispute(IndexedStatement other)
    {
        (_disputes ??= []).Add(other.Index);
        (other._disputedBy ??= []).Add(Index);
    }
}
