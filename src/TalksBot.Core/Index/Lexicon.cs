using System.Collections.Concurrent;
using FuzzySharp;

namespace TalksBot.Core.Index;

/// <summary>Every word the data uses, for correcting a misspelt question word ("neutralty",
/// "Zelinsky") to the closest one. FuzzySharp's Levenshtein ratio does the comparison; only words
/// of similar length are compared, and short words must match more closely.</summary>
internal sealed class Lexicon(IReadOnlyDictionary<string, string> stemsByWord)
{
    private const int MinimumLength = 4;
    private const int MaxExtension = 5;

    private const int MaxRemembered = 100_000;

    private readonly ILookup<int, KeyValuePair<string, string>> _byLength =
        stemsByWord.ToLookup(pair => pair.Key.Length);

    /// <summary>Corrections already worked out: typos and unknown words recur, and a fuzzy scan is the
    /// slowest step of reading a question.</summary>
    private readonly ConcurrentDictionary<string, string?> _remembered = new(StringComparer.Ordinal);

    public bool Contains(string word) => stemsByWord.ContainsKey(word);

    /// <summary>The closest known word's stem, or null when none is close enough: a word within a
    /// small edit distance ("neutralty"), else the shortest known word it begins ("negotiat").</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || word.Any(char.IsDigit))
        {
            return null;
        }

        if (_remembered.TryGetValue(word, out var known))
        {
            return known;
        }

        var corrected = ClosestBySpelling(word) ?? ShortestExtension(word);
        if (_remembered.Count < MaxRemembered)
        {
            _remembered.TryAdd(word, corrected);
        }

        return corrected;
    }

    private string? ShortestExtension(string prefix)
    {
        for (var length = prefix.Length + 1; length <= prefix.Length + MaxExtension; length++)
        {
            var match = _byLength[length].Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Value).Order(StringComparer.Ordinal).FirstOrDefault();
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private string? ClosestBySpelling(string word)
    {
        var threshold = word.Length <= 6 ? 85 : 80;
        string? best = null;
        var bestScore = threshold - 1;
        for (var length = word.Length - 2; length <= word.Length + 2; length++)
        {
            foreach (var (candidate, stem) in _byLength[length])
            {
                // A typo seldom changes both the first and the last letter; skipping those saves most comparisons.
                if (candidate[0] != word[0] && candidate[^1] != word[^1])
                {
                    continue;
                }

                var score = Fuzz.Ratio(word, candidate);
                if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(stem, best) < 0))
                {
                    bestScore = score;
                    best = stem;
                }
            }
        }

        return best;
    }
}
