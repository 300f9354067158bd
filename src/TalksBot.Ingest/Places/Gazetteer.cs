using System.Text.Json;
using AnyAscii;
using TalksBot.Ingest.Serialization;

namespace TalksBot.Ingest.Places;

/// <summary>The general world gazetteer (<c>data/gazetteer.json</c>, embedded): every spelling of every place as a
/// sequence of words, transliterated to ASCII by AnyAscii so "Türkiye" and "Turkiye" are one key. Case is kept:
/// only a capitalised "Nice" or an upper-case "US" names a place.</summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Embedded = new(Load);

    private readonly Dictionary<string, List<Spelling>> _byFirstWord = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<GazetteerPlace> places)
    {
        foreach (var place in places)
        {
            foreach (var spelling in place.Aliases.Prepend(place.Name))
            {
                var words = PlaceWords.Keys(spelling);
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0], out var list))
                {
                    _byFirstWord[words[0]] = list = [];
                }

                if (!list.Any(s => s.Place == place && s.Words.AsSpan().SequenceEqual(words)))
                {
                    list.Add(new Spelling(place, words));
                }
            }
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public static Gazetteer Default => Embedded.Value;

    /// <summary>The spellings that may start at a word, longest first.</summary>
    public IReadOnlyList<Spelling> StartingWith(string key) => _byFirstWord.TryGetValue(key, out var list) ? list : [];

    /// <summary>Whether the words are one whole spelling of a place ("United States", "Saudi Arabia").</summary>
    public bool IsPlaceName(string name)
    {
        var words = PlaceWords.Keys(name);
        return words.Length > 0 && StartingWith(words[0]).Any(s => s.Words.AsSpan().SequenceEqual(words));
    }

    /// <summary>The place's spellings for users to type: name first, then aliases, each also in ASCII.</summary>
    public static IEnumerable<string> Spellings(GazetteerPlace place) =>
        place.Aliases.Prepend(place.Name).SelectMany(s => new[] { s, s.Transliterate() });

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("TalksBot.Ingest.gazetteer.json")
            ?? throw new InvalidOperationException("gazetteer.json is not embedded in TalksBot.Ingest.");
        var data = JsonSerializer.Deserialize(stream, IngestJsonContext.Default.GazetteerFile)
            ?? throw new InvalidOperationException("gazetteer.json is empty.");
        return new Gazetteer(data.Places);
    }

    /// <summary>One spelling of a place, as its word keys.</summary>
    internal sealed record Spelling(GazetteerPlace Place, string[] Words);
}
