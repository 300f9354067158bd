using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Evaluation;

/// <summary>How an extracted quote, speaker, role and outlet are compared with a label. Words are compared
/// folded (case and diacritics ignored, dots and apostrophes dropped: "U.S." is "us", "Russia’s" is "russias").</summary>
public static class LabelMatching
{
    /// <summary>A label is found by an extracted quote holding at least this share of the label's words.</summary>
    public const double MinWordShare = 0.6;

    private static readonly HashSet<string> RoleStopWords = new(StringComparer.Ordinal) { "the", "a", "an", "of", "to", "for", "in", "on", "at", "and", "s" };

    /// <summary>The share of <paramref name="of"/>'s words (counted with repeats) that also occur in <paramref name="within"/>.</summary>
    public static double WordShare(string of, string within)
    {
        var words = Fold(of);
        if (words.Count == 0)
        {
            return 0;
        }

        var pool = Fold(within).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var w in words)
        {
            if (pool.TryGetValue(w, out var left) && left > 0)
            {
                pool[w] = left - 1;
                shared++;
            }
        }

        return (double)shared / words.Count;
    }

    /// <summary>A labelled name matches the actor's name or an alias in full or by surname; a labelled
    /// description ("Russian delegation", "senior US defence official") matches when all its words are in the
    /// actor's name, aliases or role.</summary>
    public static bool SameSpeaker(string label, Actor actor)
    {
        var forms = actor.Aliases.Prepend(actor.Name).Select(Fold).Where(f => f.Count > 0).ToList();
        var wanted = Fold(label);
        if (wanted.Count == 0)
        {
            return false;
        }

        if (IsName(label))
        {
            return forms.Any(f => f.SequenceEqual(wanted) || f[^1] == wanted[^1]);
        }

        var known = forms.SelectMany(f => f).Concat(Fold(actor.Role ?? "")).Where(w => !RoleStopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return wanted.Where(w => !RoleStopWords.Contains(w)).All(known.Contains);
    }

    /// <summary>Roles match when both are missing, or when they hold the same content words (a label's several roles joined
    /// by ";" are alternatives).</summary>
    public static bool SameRole(string? label, string? extracted)
    {
        if (label is null || extracted is null)
        {
            return label is null && extracted is null;
        }

        // A label may give the article's several descriptions of one person, joined by ";": any one is the role.
        var found = ContentWords(extracted);
        return label.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(role => ContentWords(role).SetEquals(found));
    }

    /// <summary>Outlets match when both are missing, or when one folded name contains the other ("RIA" in "RIA-Novosti").</summary>
    public static bool SameVia(string? label, string? extracted)
    {
        if (label is null || extracted is null)
        {
            return label is null && extracted is null;
        }

        var (a, b) = (Words.Compact(label), Words.Compact(extracted));
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static HashSet<string> ContentWords(string role) =>
        Fold(role).Where(w => !RoleStopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static bool IsName(string label) => Words.All(label).All(Words.IsCapitalized);

    private static List<string> Fold(string text) =>
        [.. Words.All(Words.Fold(text)).Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0)];
}
