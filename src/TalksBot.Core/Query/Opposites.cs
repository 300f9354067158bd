using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>"did Podolyak say the talks were easy": a statement that they were difficult answers the yes/no
/// question (with a no), so a word with an opposite in the vocabulary is covered by that opposite too.</summary>
internal static class Opposites
{
    /// <summary>Share of a word's ranking weight its opposites get: the word itself still ranks first.</summary>
    private const double OppositeWeight = 0.8;

    public static void Add(KnowledgeIndex index, List<CoverageUnit> units, Dictionary<int, double> terms)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Actor is not null || !index.OppositeTerms.TryGetValue(units[i].Word.ToLowerInvariant(), out var opposite))
            {
                continue;
            }

            var added = opposite.Except(units[i].Alternatives).ToArray();
            if (added.Length == 0)
            {
                continue;
            }

            units[i] = units[i] with { Alternatives = [.. units[i].Alternatives, .. added], Weight = units[i].IsKnown ? units[i].Weight : added.Max(index.IdfOfTerm) };
            foreach (var term in added)
            {
                terms[term] = Math.Max(terms.GetValueOrDefault(term), OppositeWeight);
            }
        }
    }
}
