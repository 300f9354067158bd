using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TalksBot.Core.Text;

/// <summary>English (Porter2) stems from Lucene's Snowball stemmer, cached: questions repeat the
/// article's words, so after warm-up a stem costs one dictionary look-up and no allocation.</summary>
internal static class Stemmer
{
    private const int MaxCachedWords = 200_000;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public static string Stem(string word)
    {
        if (Cache.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        stem = stemmer.Current;
        if (Cache.Count < MaxCachedWords)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }
}
