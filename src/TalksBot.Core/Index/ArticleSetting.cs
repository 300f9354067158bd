using System.Text.RegularExpressions;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>Where an article's story is set, as text the place names can be matched in: the article's event when it has one
/// ("Russia–Ukraine peace talks, Istanbul, 29 March 2022"); else the places other than countries its headline names and the one
/// its dateline opens with ("JEDDAH, Saudi Arabia (AP) —"). A country is usually a party, not a setting.</summary>
internal static partial class ArticleSetting
{
    /// <summary>Page chrome may come before the paragraph that opens with the dateline.</summary>
    private const int DatelineParagraphs = 3;

    /// <summary>The place concepts of the article's setting.</summary>
    public static IEnumerable<int> PlaceConcepts(Article article, ConceptMatcher matcher, IReadOnlyList<Concept> concepts)
    {
        var matches = new List<ConceptMatch>();
        matcher.Match(Tokenizer.Tokenize(Of(article)), matches);
        return matches.Where(m => concepts[m.Concept].Kind == ConceptKind.Place).Select(m => m.Concept);
    }

    private static string Of(Article article)
    {
        if (article.Event is { } happening)
        {
            return happening;
        }

        var dateline = article.Paragraphs.Take(DatelineParagraphs).Select(p => Dateline().Match(p)).FirstOrDefault(m => m.Success)?.Groups["place"].Value
            ?? (article.Paragraphs.Count > 0 && ColonDateline().Match(article.Paragraphs[0]) is { Success: true } colon ? colon.Groups["place"].Value : "");
        var named = article.Places.Where(p => p.Kind is not "country" && (Names(article.Title, p) || Names(dateline, p))).Select(p => p.Name);
        return string.Join(", ", named);
    }

    private static bool Names(string text, Place place) => WholeWords.HoldsAny(text, place.Aliases.Prepend(place.Name));

    /// <summary>A place in capitals, maybe a region or date and an agency after it, then a dash: "LVIV, Ukraine, March 29 (Reuters) -",
    /// "KYIV/MOSCOW (Reuters) -".</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\s.'’/]+)\b(,[^—–(\n]{1,40})?(\s*\([^)\n]{1,40}\))?\s*[—–-]\s")]
    private static partial Regex Dateline();

    /// <summary>A place and a colon opening the first paragraph: "New Delhi: The meeting …" (further down, "Kherson: …" is a subhead).</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}\p{L}+(\s\p{Lu}\p{L}+)?):\s")]
    private static partial Regex ColonDateline();
}
