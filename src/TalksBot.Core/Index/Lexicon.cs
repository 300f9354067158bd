using System.Collections.Concurrent;
using FuzzySharp;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>Every word the data uses, for correcting a misspelt question word ("neutralty",
/// "Zelinsky") to the closest one. FuzzySharp's Levenshtein ratio does the comparison; only words
/// of similar length are compared, and short words must match more closely.</summary>
/// <param name="ordinaryWords">Ordinary English words: a one-letter slip is not read as one of these ("paris" is not "parts").</param>
internal sealed class Lexicon(IReadOnlyDictionary<string, string> stemsByWord, IReadOnlySet<string>? ordinaryWords = null)
{
    private const int MinimumLength = 4;
    private const int MinimumOrdinaryLength = 6;
    private const int LengthSlack = 2;
    private const int MaxExtension = 5;

    private const int MaxRemembered = 100_000;

    private readonly ILookup<int, KeyValuePair<string, string>> _byLength =
        stemsByWord.ToLookup(pair => pair.Key.Length);

    /// <summary>Stems by transliteration key, the first stem in ordinal order for a key shared by several words.</summary>
    private readonly Dictionary<string, string> _byKey = stemsByWord
        .Where(pair => pair.Key.Length >= MinimumLength && !pair.Key.Any(char.IsDigit))
        .GroupBy(pair => TransliterationKey.Of(pair.Key), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Value).Min(StringComparer.Ordinal)!, StringComparer.Ordinal);

    /// <summary>Corrections already worked out: typos and unknown words recur, and a fuzzy scan is the
    /// slowest step of reading a question.</summary>
    private readonly ConcurrentDictionary<string, string?> _remembered = new(StringComparer.Ordinal);

    public bool Contains(string word) => stemsByWord.ContainsKey(word);

    /// <summary>The closest known word's stem, or null when none is close enough: a word within a
    /// small edit distance ("neutralty"), else the shortest known word it begins ("negotiat").</summary>
    /// <param name="ordinary">An ordinary English word ("joke", "near") is corrected only by close
    /// spelling, and only when long enough that a near neighbour is a typo rather than another word.</param>
    public string? Correct(string word, bool ordinary = false)
    {
        if (word.Length < (ordinary ? MinimumOrdinaryLength : MinimumLength) || word.Any(char.IsDigit))
        {
            return null;
        }

        if (ordinary)
        {
            return ClosestBySpelling(word, ordinary: true);
        }

        if (_remembered.TryGetValue(word, out var known))
        {
            return known;
        }

        var corrected = ClosestBySpelling(word, ordinary: false) ?? ByTransliteration(word) ?? ShortestExtension(word);
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

    /// <summary>Another romanisation of a data word ("Kijów" for "Kyiv", "Selenskyj" for "Zelensky"):
    /// the same key, or keys within the spelling threshold.</summary>
    private string? ByTransliteration(string word)
    {
        var key = TransliterationKey.Of(word);
        if (_byKey.TryGetValue(key, out var stem))
        {
            return stem;
        }

        if (key.Length < MinimumLength + 1)
        {
            return null;
        }

        var best = _byKey.Where(p => Math.Abs(p.Key.Length - key.Length) <= 1 && p.Key[0] == key[0])
            .Select(p => (Score: Fuzz.Ratio(key, p.Key), Stem: p.Value))
            .Where(p => p.Score >= 85)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Stem, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Stem;
    }

    private string? ClosestBySpelling(string word, bool ordinary)
    {
        var threshold = word.Length <= 6 ? 85 : 80;
        string? best = null;
        var bestScore = threshold - 1;
        for (var length = word.Length - LengthSlack; length <= word.Length + LengthSlack; length++)
        {
            foreach (var (candidate, stem) in _byLength[length])
            {
                // A real word two letters from another is that other word ("sanctions" is not "actions"), unless the
                // two letters are a prefix or suffix around it ("deescalation", "escalation").
                if (ordinary && Math.Abs(candidate.Length - word.Length) == LengthSlack
                    && !word.Contains(candidate, StringComparison.Ordinal) && !candidate.Contains(word, StringComparison.Ordinal))
                {
                    continue;
                }

                // A typo seldom changes both the first and the last letter; skipping those saves most comparisons.
                if (candidate[0] != word[0] && candidate[^1] != word[^1])
                {
                    continue;
                }

                var score = IsTransposition(word, candidate) ? 90 : IsOneSubstitution(word, candidate) && ordinaryWords?.Contains(candidate) != true ? 85 : Fuzz.Ratio(word, candidate);
                if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(stem, best) < 0))
                {
                    bestScore = score;
                    best = stem;
                }
            }
        }

        return best;
    }

    /// <summary>One letter typed wrong in a word of four or more ("fomim", "kyev"): the Levenshtein ratio of a
    /// short word falls under the threshold for what is one slip.</summary>
    private static bool IsOneSubstitution(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 4)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < a.Length && differences <= 1; i++)
        {
            if (a[i] != b[i])
            {
                differences++;
            }
        }

        return differences == 1;
    }

    /// <summary>Two neighbouring letters swapped ("kriby", "tlaks"): one slip of the fingers, which the
    /// Levenshtein ratio counts as two edits.</summary>
    private static bool IsTransposition(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (first >= 0)
                {
                    return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
                }

                first = i;
            }
        }

        return false;
    }
}
