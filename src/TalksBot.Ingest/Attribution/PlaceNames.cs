using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>Which single capitalised names an article uses as places or nations: those it puts after a
/// preposition of place ("in Kyiv", "to Moscow") or also writes as a demonym ("Russia"/"Russian",
/// "Turkey"/"Turkish"). Another single name that speaks ("Lavrov said") is a person's.</summary>
internal sealed class PlaceNames
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "from", "to", "into", "against", "across", "near", "at", "toward", "towards", "throughout", "around", "outside", "inside",
    };

    private static readonly string[] DemonymEndings = ["ian", "an", "ish", "ese", "i"];

    private static readonly char[] Punctuation = [',', ';', ':', '.', '(', ')', '“', '”', '"', '‘', '’', '\'', '?', '!'];

    private readonly HashSet<string> _afterPrepositions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalized = new(StringComparer.Ordinal);

    /// <summary>Each capitalised word as the article writes it, by its folded form.</summary>
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    public PlaceNames(IEnumerable<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            var tokens = Token.Split(p, 0, p.Length);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!Words.IsCapitalized(tokens[i].Raw))
                {
                    continue;
                }

                var word = Plain(tokens[i].Word);
                _capitalized.Add(word);
                var written = tokens[i].Raw.Trim(Punctuation);
                _written.TryAdd(word, written.EndsWith("’s", StringComparison.Ordinal) || written.EndsWith("'s", StringComparison.Ordinal) ? written[..^2] : written);
                if (i > 0 && PlacePrepositions.Contains(tokens[i - 1].Word) && !tokens[i - 1].Raw.EndsWith(','))
                {
                    _afterPrepositions.Add(word);
                }
            }
        }
    }

    public bool IsPersonName(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        var word = Plain(name.ToLowerInvariant());
        if (_afterPrepositions.Contains(word))
        {
            return false;
        }

        var stem = word.TrimEnd('a', 'e', 'i', 'y');
        return stem.Length < 3 || !_capitalized.Any(w => w.Length > stem.Length && w.StartsWith(stem, StringComparison.Ordinal)
            && DemonymEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)) && w != word);
    }

    /// <summary>The nation named last before <paramref name="end"/> in <paramref name="paragraph"/> ("In Ostrania’s morning
    /// bulletin, its army…"), as written and by the article's own demonym for it ("Ostranian"); null when none is named
    /// there (a nation is a place the article also writes a demonym of).</summary>
    public (string Name, string Demonym)? NationBefore(string paragraph, int end)
    {
        var tokens = Token.Split(paragraph, 0, end);
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var word = Plain(tokens[i].Word);
            if (Words.IsCapitalized(tokens[i].Raw) && !word.Contains('-', StringComparison.Ordinal) && Demonym(word) is { } demonym)
            {
                return (_written.GetValueOrDefault(word) ?? tokens[i].Raw, demonym);
            }
        }

        return null;
    }

    /// <summary>"Ostranian" (or "Ostranians") written in the article for the place "ostrania".</summary>
    private string? Demonym(string place)
    {
        var stem = place.TrimEnd('a', 'e', 'i', 'y');
        if (stem.Length < 3)
        {
            return null;
        }

        var singular = _capitalized
            .Select(w => w.EndsWith('s') && DemonymEndings.Any(e => w[..^1].EndsWith(e, StringComparison.Ordinal)) ? w[..^1] : w)
            .Where(w => w.Length > stem.Length && w != place && w.StartsWith(stem, StringComparison.Ordinal) && DemonymEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return singular is null ? null : _written.GetValueOrDefault(singular) ?? char.ToUpperInvariant(singular[0]) + singular[1..];
    }

    private static string Plain(string word)
    {
        var folded = Words.Fold(word);
        return folded.EndsWith("’s", StringComparison.Ordinal) || folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded;
    }
}
