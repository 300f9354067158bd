using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Index;

/// <summary>A statement's fields as term ids, kept until every statement is read: BM25F needs
/// the corpus-wide average field lengths before any term weight can be worked out. The ids live
/// in one shared arena (<see cref="TermRange"/> points into it), so a corpus of hundreds of
/// thousands of statements does not hand the garbage collector millions of small arrays.</summary>
/// <param name="Fields">The range of each field, in the order of <see cref="StatementFields.FieldWeights"/>;
/// statements of one paragraph share its context range.</param>
internal readonly record struct StatementTerms(
    Article Article,
    Statement Statement,
    Actor Speaker,
    Actor? Via,
    int[] Groups,
    TermRange[] Fields);

/// <summary>Where a field's term ids (repeats included) stand in the arena.</summary>
internal readonly record struct TermRange(int Start, int Length);
