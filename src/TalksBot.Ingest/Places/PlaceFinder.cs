using System.Text.RegularExpressions;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Places;

/// <summary>The places an article's text names, from the gazetteer, in order of first mention, each with its kind and
/// the spellings a user might type (the gazetteer's, their ASCII forms, and the article's own).
/// A name inside a longer capitalised name is not a mention of the place: "the Washington Post", "Kyiv Independent",
/// "Michael Jordan", "Times of India". A place whose spelling is an actor's name or alias stays the actor only, as
/// in the curated seed article (the actor "Russia" with the alias "Moscow" lists neither as a place).</summary>
internal sealed partial class PlaceFinder(Gazetteer gazetteer, Lexicon lexicon)
{
    /// <summary>Words that may follow a place's name without making it part of a longer one ("Kharkiv Oblast").</summary>
    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal) { "Oblast", "Region", "Province", "Krai" };

    /// <summary>Capitalised words that may stand before a place's name ("Eastern Ukraine").</summary>
    private static readonly HashSet<string> DirectionWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
        "Northeastern", "Northwestern", "Southeastern", "Southwestern",
    };

    private const string SentenceMarks = ".!?:;\"“”‘’()[]—–|";

    private const int ListLength = 3;

    public IReadOnlyList<Place> Find(IReadOnlyList<string> paragraphs, IEnumerable<Actor> actors)
    {
        var actorNames = actors.SelectMany(a => a.Aliases.Prepend(a.Name)).Select(Words.Compact).ToHashSet(StringComparer.Ordinal);
        var mentions = paragraphs.SelectMany(Mentions).ToList();
        var named = mentions.Where(m => !m.Listed).Select(m => m.Place).ToHashSet();
        return [.. mentions
            .Select(m => m.Place)
            .Distinct()
            .Where(p => named.Contains(p) && !Gazetteer.Spellings(p).Any(s => actorNames.Contains(Words.Compact(s))))
            .Select(p => new Place(p.Name, p.Kind, [.. Gazetteer.Spellings(p)
                .Concat(mentions.Where(m => m.Place == p).Select(m => m.Written))
                .Distinct(StringComparer.Ordinal)]))];
    }

    /// <summary>The places a paragraph names, in order; one named only as an item of a list of three or more places
    /// ("countries including Israel, Canada, Poland and Italy") is a passing mention, as the curated seed article
    /// treats it, and is listed only if the article names it elsewhere too.</summary>
    private List<Mention> Mentions(string paragraph)
    {
        var words = PlaceWords.Split(paragraph);
        var hits = new List<(GazetteerPlace Place, int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Words.IsCapitalized(words[i].Raw) || Match(words, i) is not { } spelling)
            {
                continue;
            }

            var end = i + spelling.Words.Length;
            if (!InsideLongerName(paragraph, words, i, end))
            {
                var last = words[end - 1];
                var abbreviation = last.Raw.Contains('.', StringComparison.Ordinal) && last.End < paragraph.Length && paragraph[last.End] == '.';
                hits.Add((spelling.Place, words[i].Start, abbreviation ? last.End + 1 : last.End));
            }

            i = end - 1;
        }

        var mentions = new List<Mention>(hits.Count);
        for (var first = 0; first < hits.Count;)
        {
            var last = first;
            while (last + 1 < hits.Count && ListSeparator().IsMatch(paragraph.AsSpan(hits[last].End, hits[last + 1].Start - hits[last].End)))
            {
                last++;
            }

            for (var k = first; k <= last; k++)
            {
                mentions.Add(new Mention(hits[k].Place, Possessive(paragraph[hits[k].Start..hits[k].End]), last - first >= ListLength - 1));
            }

            first = last + 1;
        }

        return mentions;
    }

    private Gazetteer.Spelling? Match(IReadOnlyList<PlaceWord> words, int start) =>
        gazetteer.StartingWith(words[start].Key).FirstOrDefault(s => start + s.Words.Length <= words.Count
            && s.Words.Select((w, k) => w == words[start + k].Key).All(same => same));

    private bool InsideLongerName(string paragraph, IReadOnlyList<PlaceWord> words, int start, int end)
    {
        if (end < words.Count && Joined(paragraph, words, end) && Words.IsCapitalized(words[end].Raw)
            && !AreaWords.Contains(words[end].Key) && !lexicon.CalendarWords.Contains(words[end].Key))
        {
            return true;
        }

        return start > 0 && Joined(paragraph, words, start) && NamePart(paragraph, words, start - 1)
            || start > 1 && Joined(paragraph, words, start) && words[start - 1].Raw == "of" && Joined(paragraph, words, start - 1)
                && NamePart(paragraph, words, start - 2);
    }

    /// <summary>A capitalised word in the middle of a sentence that is not a direction, day or month.</summary>
    private bool NamePart(string paragraph, IReadOnlyList<PlaceWord> words, int index) =>
        Words.IsCapitalized(words[index].Raw) && index > 0 && !SentenceBreak(paragraph, words, index)
        && !DirectionWords.Contains(words[index].Key) && !lexicon.CalendarWords.Contains(words[index].Key)
        && !words[index].Raw.Contains('-', StringComparison.Ordinal);

    /// <summary>Only white space between a word and the one before it.</summary>
    private static bool Joined(string paragraph, IReadOnlyList<PlaceWord> words, int index) =>
        paragraph.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).IsWhiteSpace();

    private static bool SentenceBreak(string paragraph, IReadOnlyList<PlaceWord> words, int index) =>
        paragraph.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).IndexOfAny(SentenceMarks) >= 0;

    private static string Possessive(string written) =>
        written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal) ? written[..^2] : written;

    /// <summary>What stands between two items of a list: commas, "and", "or", "as well as", an article.</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?:and|or|as well as)\s+)?(?:the\s+)?$")]
    private static partial Regex ListSeparator();

    private sealed record Mention(GazetteerPlace Place, string Written, bool Listed);
}
