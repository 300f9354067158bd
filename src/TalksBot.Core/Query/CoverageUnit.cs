using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>One thing the question is about (a word, a phrase, a named actor). A statement covers
/// it when it contains any of the alternatives: the word's stem or a concept the word belongs to.</summary>
/// <param name="Alternatives">Term ids; empty when no statement knows the word.</param>
/// <param name="Weight">How specific the unit is (inverse document frequency).</param>
/// <param name="Word">The word as typed (letters and digits only), for telling the user what is unknown.</param>
/// <param name="Actor">The actor the unit names, if it names one.</param>
internal sealed record CoverageUnit(int[] Alternatives, double Weight, string Word, CorpusActor? Actor)
{
    public bool IsKnown => Alternatives.Length > 0;

    /// <summary>True for a word worth telling the user the coverage lacks (not an ordinary word).</summary>
    public bool IsNotable { get; init; } = true;

    /// <summary>True for a word in another script that matched nothing: the asker's own language
    /// ("сказал"), which says nothing the coverage could be checked against.</summary>
    public bool IsForeign { get; init; }

    public bool IsCoveredBy(IndexedStatement statement)
    {
        foreach (var term in Alternatives)
        {
            if (statement.Contains(term))
            {
                return true;
            }
        }

        return false;
    }
}
