using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AnyAscii;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TalksBot.Ingest.Topics;

/// <summary>The words of a text as the engine's tokenizer sees them, stemmed: runs of letters and digits in lower case,
/// hyphens splitting, a possessive "’s" dropped and other apostrophes removed ("Russia's" is "russia", "don't" is
/// "dont"), dotted initialisms joined ("U.S." is "us"), other scripts folded to ASCII by AnyAscii, single letters
/// skipped; each word stemmed by Lucene's English Snowball (Porter2) stemmer.</summary>
internal static partial class StemTokens
{
    private const int MaxCachedWords = 100_000;

    /// <summary>Articles repeat their words, so each word is stemmed once (up to a bound).</summary>
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public static List<string> Of(string text)
    {
        var stems = new List<string>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var word = Normalize(m);
            if (word.Length > 1 || (word.Length == 1 && char.IsDigit(word[0])))
            {
                stems.Add(Stem(word));
            }
        }

        return stems;
    }

    private static string Normalize(Match m)
    {
        var raw = m.Groups["initialism"].Success ? m.Value.Replace(".", "", StringComparison.Ordinal) : m.Value;
        if (m.Groups["possessive"].Success)
        {
            raw = raw[..^2];
        }

        var letters = new string([.. raw.Where(char.IsLetterOrDigit)]).ToLowerInvariant();
        return letters.All(char.IsAscii) ? letters : new string([.. letters.Transliterate().Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
    }

    private static string Stem(string word)
    {
        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (Cache.Count < MaxCachedWords)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }

    [GeneratedRegex(@"(?<initialism>(?:\p{L}\.){2,})|[\p{L}\p{N}]+(?:['’‘](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]+)*(?<possessive>['’‘][sS](?![\p{L}\p{N}]))?")]
    private static partial Regex WordPattern();
}
