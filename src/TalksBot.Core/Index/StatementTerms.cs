using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Index;

/// <summary>A statement's fields as term ids, kept until every statement is read: BM25F needs
/// the corpus-wide average field lengths before any term weight can be worked out. The ids of an
/// article's statements live in one array (<see cref="TermRange"/> points into it), so a corpus of
/// hundreds of thousands of statements does not hand the garbage collector millions of small arrays.</summary>
/// <param name="ArticleTerms">The term ids of every field of the article's statements, back to back.</param>
/// <param name="Fields">The range of each field, in the order of <see cref="StatementFields.FieldWeights"/>;
/// statements of one paragraph share its context range.</param>
internal readonly record struct StatementTerms(
    Article Article,
    Statement Statement,
    Actor Speaker,
    Actor? Via,
    int[] Groups,
    int[] ArticleTerms,
    TermRange[] Fields)
{
    public ReadOnlySpan<int> Field(int field) => ArticleTerms.AsSpan(Fields[field].Start, Fields[field].Length);
}

/// <summary>Where a field's term ids (repeats included) stand in the article's array.</summary>
internal readonly record struct TermRange(int Start, int Length);
