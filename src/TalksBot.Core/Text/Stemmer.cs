using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TalksBot.Core.Text;

/// <summary>English (Porter2) stems from Lucene's Snowball stemmer, cached: questions repeat the
/// article's words, so after warm-up a word costs one dictionary look-up and no allocation. The
/// cache also hands out one shared string per word, so ten thousand articles that say "talks" keep
/// one copy of it, and notes whether it is a function word, so a word of an article costs the
/// tokenizer one look-up in all.</summary>
internal static class Stemmer
{
    private const int MaxCachedWords = 200_000;

    private static readonly ConcurrentDictionary<string, Forms> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Forms>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _cachedWords;

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    /// <summary>The word as a string (the cached copy when there is one), its stem, and whether it
    /// is one of <see cref="FunctionWords"/>.</summary>
    public static (string Word, string Stem, bool IsFunctionWord) Lookup(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var cached, out var forms))
        {
            return (cached, forms.Stem, forms.IsFunctionWord);
        }

        var text = word.ToString();
        forms = new Forms(StemOf(text), FunctionWords.Contains(text));
        // A counter of its own: ConcurrentDictionary.Count takes every lock of the dictionary, and ten
        // thousand articles described on every core meet their new words at the same time.
        if (Volatile.Read(ref _cachedWords) < MaxCachedWords && Cache.TryAdd(text, forms))
        {
            Interlocked.Increment(ref _cachedWords);
        }

        return (text, forms.Stem, forms.IsFunctionWord);
    }

    /// <summary>Words Porter2 stems onto another word's stem: "positive" and "positions" both give "posit", so "what was
    /// positive" matched "verify positions".</summary>
    private static readonly Dictionary<string, string> OverStemmed = new(StringComparer.Ordinal)
    {
        ["positive"] = "positiv", ["positives"] = "positiv", ["positively"] = "positiv", ["positivity"] = "positiv",
    };

    private static string StemOf(string word)
    {
        if (OverStemmed.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private readonly record struct Forms(string Stem, bool IsFunctionWord);
}
