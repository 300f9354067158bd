using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"did Podolyak say the talks were easy": a statement that they were difficult answers the yes/no
/// question (with a no), so a word with an opposite in the vocabulary is covered by that opposite too.</summary>
internal static class Opposites
{
    /// <summary>Share of a word's ranking weight its opposites get: the word itself still ranks first.</summary>
    private const double OppositeWeight = 0.8;

    public static void Add(KnowledgeIndex index, List<CoverageUnit> units, Dictionary<int, double> terms)
    {
        var opposites = index.Vocabulary.Opposites;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Actor is not null || !opposites.TryGetValue(units[i].Word.ToLowerInvariant(), out var words))
            {
                continue;
            }

            var added = words.SelectMany(word => TermsOf(index, word)).Except(units[i].Alternatives).ToArray();
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

    /// <summary>The word's own term and the synonym groups and topics it belongs to.</summary>
    private static IEnumerable<int> TermsOf(KnowledgeIndex index, string word)
    {
        var tokens = Tokenizer.Tokenize(word);
        var matches = new List<ConceptMatch>();
        index.Matcher.Match(tokens, matches);
        return tokens.Select(t => index.TermOf(t.Stem)).Concat(matches.Select(m => index.ConceptTermId(m.Concept))).Where(t => t >= 0);
    }
}
