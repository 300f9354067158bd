using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Output;

/// <summary>Stable ids: the article's from publisher, date and title; a statement's from its speaker and a
/// few content words of its quote, numbered when two would collide.</summary>
internal sealed class Identifiers(Lexicon lexicon)
{
    private const int TitleWords = 6;
    private const int QuoteWords = 3;

    private readonly HashSet<string> _stopWords = new(lexicon.Data.IdStopWords, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public static string ArticleId(string publisher, DateOnly? date, string title, Lexicon lexicon)
    {
        var stop = new HashSet<string>(lexicon.Data.IdStopWords, StringComparer.OrdinalIgnoreCase);
        var publisherSlug = Slug.From(publisher.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? publisher[4..] : publisher);
        var words = Words.All(title).Where(w => !stop.Contains(w)).Take(TitleWords);
        return Slug.Join([publisherSlug, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", .. words]);
    }

    /// <param name="speakerNames">The speaker's name and aliases: words of them add nothing to an id that starts with the speaker.</param>
    public string StatementId(string speakerId, IEnumerable<string> speakerNames, string quote)
    {
        var own = new HashSet<string>(speakerNames.Prepend(speakerId.Replace('-', ' ')).SelectMany(Words.All), StringComparer.OrdinalIgnoreCase);
        var words = Words.All(quote).Where(w => w.Length >= 3 && !_stopWords.Contains(w) && !own.Contains(w)).Take(QuoteWords);
        var stem = Slug.From(Slug.Join([speakerId, .. words]), Slug.MaxLength - 4);
        var id = stem;
        for (var n = 2; !_used.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
