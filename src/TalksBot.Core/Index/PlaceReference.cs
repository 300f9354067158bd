using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>"The area might be within mortar range", two paragraphs after "the suburban town of Irpin": words of a statement
/// that speak of "the town" or "the area" without naming a place speak of the town or city the paragraphs just before it
/// named first, so a question naming that place finds it.</summary>
internal static class PlaceReference
{
    private const int Lookback = 2;

    private static readonly string[] PlaceNouns = ["the area", "the town", "the city", "the village", "the suburb", "the district"];

    /// <param name="paragraph">The statement's paragraph, 1-based.</param>
    public static Place? Referred(Article article, int paragraph, string words)
    {
        var local = article.Places.Where(p => p.Kind is not "country").ToList();
        if (local.Count == 0 || !PlaceNouns.Any(noun => words.Contains(noun, StringComparison.OrdinalIgnoreCase)) || article.Places.Any(p => Names(words, p) >= 0))
        {
            return null;
        }

        for (var before = paragraph - 2; before >= Math.Max(0, paragraph - 1 - Lookback); before--)
        {
            var text = article.Paragraphs[before];
            var first = local.Select(p => (Place: p, At: Names(text, p))).Where(p => p.At >= 0).OrderBy(p => p.At).FirstOrDefault();
            if (first.Place is not null)
            {
                return first.Place;
            }
        }

        return null;
    }

    /// <summary>Where the text first names the place (by name or another spelling), or -1.</summary>
    private static int Names(string text, Place place) =>
        place.Aliases.Prepend(place.Name).Select(name => WholeWords.IndexOf(text, name)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
}
