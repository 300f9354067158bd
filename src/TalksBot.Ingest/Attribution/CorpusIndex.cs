using FuzzySharp;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>The actors already in data/articles, so that the same person or outlet keeps one id across
/// articles. Names match on the name and every alias, with transliteration variants
/// (Medinsky/Medinskiy, Podolyak/Podoliak) accepted by an edit-distance ratio.</summary>
internal sealed class CorpusIndex
{
    /// <summary>FuzzySharp ratio (0–100) at which two spellings of a surname are taken as one name: one
    /// letter's difference in an eight-letter name scores about 88, while different names score far lower.</summary>
    private const int SurnameRatio = 85;

    private const int GivenNameRatio = 60;
    private const int MinFuzzyLength = 5;

    private readonly List<Actor> _actors;

    public CorpusIndex(IEnumerable<Article> articles)
    {
        _actors = [.. articles.SelectMany(a => a.Actors).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal)];
        Ids = new HashSet<string>(_actors.Select(a => a.Id), StringComparer.Ordinal);
        Outlets = _actors.Where(a => a.Kind == ActorKind.Outlet).SelectMany(Forms).Select(Words.Compact).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Ids { get; }

    /// <summary>Compact forms of every outlet name and alias in the corpus.</summary>
    public IReadOnlySet<string> Outlets { get; }

    /// <summary>A corpus person whose full name matches <paramref name="fullName"/>, or, for a single name,
    /// the one corpus person with that surname.</summary>
    public Actor? FindPerson(string fullName)
    {
        var parts = Words.Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var persons = _actors.Where(a => a.Kind == ActorKind.Person);
        if (parts.Length == 1)
        {
            var bySurname = persons.Where(a => Forms(a).Any(f => SameName(Last(f), parts[0]))).ToList();
            return bySurname.Count == 1 ? bySurname[0] : null;
        }

        return persons.FirstOrDefault(a => Forms(a).Any(f => SameFullName(Words.Fold(f).Split(' ', StringSplitOptions.RemoveEmptyEntries), parts)));
    }

    /// <summary>A corpus actor of the given kind whose name or an alias is <paramref name="name"/>
    /// (ignoring case, punctuation and a leading "the").</summary>
    public Actor? FindNamed(ActorKind kind, string name)
    {
        var compact = Words.Compact(name);
        return _actors.FirstOrDefault(a => a.Kind == kind && Forms(a).Any(f => Words.Compact(f) == compact));
    }

    private static bool SameFullName(string[] known, string[] candidate)
    {
        if (known.Length < 2)
        {
            return false;
        }

        return SameName(known[^1], candidate[^1]) && SameGivenName(known[0].TrimEnd('.'), candidate[0].TrimEnd('.'));
    }

    private static bool SameGivenName(string a, string b) =>
        a.Length > 0 && b.Length > 0 && a[0] == b[0] && (a.Length == 1 || b.Length == 1 || Fuzz.Ratio(a, b) >= GivenNameRatio);

    private static bool SameName(string a, string b)
    {
        a = Words.Fold(a);
        b = Words.Fold(b);
        if (a == b)
        {
            return true;
        }

        return a.Length >= MinFuzzyLength && b.Length >= MinFuzzyLength && a[0] == b[0] && Fuzz.Ratio(a, b) >= SurnameRatio;
    }

    private static string Last(string form) => form.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static IEnumerable<string> Forms(Actor actor) => actor.Aliases.Prepend(actor.Name).Where(f => f.Trim().Length > 0);

    internal static bool SameSurname(string a, string b) => SameName(a, b);
}
