using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Index;

/// <summary>The words that name a country the coverage places a story in, and the words of its people: a demonym is not in the
/// data, so the usual English forms are made from the name ("Rwanda" → "Rwandan", "Senegal" → "Senegalese", "Pakistan" →
/// "Pakistani"); a form no text uses matches nothing, so making too many does no harm.</summary>
internal static class CountryWords
{
    private static readonly string[] Endings = ["n", "an", "ian", "ese", "i", "ish"];

    public static IReadOnlyDictionary<string, string[]> Of(IEnumerable<Article> articles)
    {
        var byWord = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in articles.SelectMany(a => a.Places).Where(p => p.Kind == "country").DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            string[] names = [place.Name, .. place.Aliases];
            string[] words = [.. names, .. names.Where(n => !n.Contains(' ', StringComparison.Ordinal)).SelectMany(People)];
            foreach (var word in words.Concat(words.Select(w => w + "s")))
            {
                byWord.TryAdd(word, words);
            }
        }

        return byWord;
    }

    /// <summary>"Rwandan", "Chilean", "Brazilian", "Senegalese", "Chinese", "Israeli": the name, or the name without its last vowel,
    /// with each usual ending.</summary>
    private static IEnumerable<string> People(string name)
    {
        var stems = "aeiouy".Contains(char.ToLowerInvariant(name[^1]), StringComparison.Ordinal) ? new[] { name, name[..^1] } : [name];
        return stems.SelectMany(stem => Endings.Select(ending => stem + ending));
    }
}
