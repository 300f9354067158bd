using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TalksBot.Core.Text;

/// <summary>English (Porter2) stems from Lucene's Snowball stemmer, cached: questions repeat the
/// article's words, so after warm-up a word costs one dictionary look-up and no allocation. The
/// cache also hands out one shared string per word, so ten thousand articles that say "talks" keep
/// one copy of it.</summary>
internal static class Stemmer
{
    private const int MaxCachedWords = 200_000;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public static string Stem(string word) => Cache.TryGetValue(word, out var stem) ? stem : StemAndCache(word);

    /// <summary>The word as a string (the cached copy when there is one) and its stem.</summary>
    public static (string Word, string Stem) Lookup(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var cached, out var stem))
        {
            return (cached, stem);
        }

        var text = word.ToString();
        return (text, StemAndCache(text));
    }

    private static string StemAndCache(string word)
    {
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
}
