using AnyAscii;
using System.Text;
using System.Text.RegularExpressions;

namespace TalksBot.Ingest.Text;

/// <summary>Small text helpers shared by the readers and the attribution parts.</summary>
internal static partial class Words
{
    public static int Count(string text) => WordPattern().Count(text);

    public static IEnumerable<string> All(string text) => WordPattern().Matches(text).Select(m => m.Value);

    public static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Letters and digits only, lower case, diacritics and a leading "the" removed:
    /// "The Daily Wire" and "Dailywire" compact to the same key.</summary>
    public static string Compact(string text)
    {
        var plain = Fold(text);
        if (plain.StartsWith("the ", StringComparison.Ordinal))
        {
            plain = plain[4..];
        }

        var sb = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>"HBN" of "HBN News" (its leading words, only outlet nouns left over: not "The Times" of "Times of India") and "CWS"
    /// of "Continental Wire Service" (the initials of its words), "the" aside.</summary>
    public static bool IsShortFormOf(string shortName, string fullName, Func<string, bool> isOutletNoun)
    {
        var full = Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the").ToList();
        var shortWords = Fold(shortName).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the").ToList();
        if (shortWords.Count == 0 || full.Count < 2)
        {
            return false;
        }

        var leadingWords = shortWords.Count < full.Count && shortWords.SequenceEqual(full.Take(shortWords.Count)) && shortWords[0].Length >= 3
            && full.Skip(shortWords.Count).All(isOutletNoun);
        var initials = shortWords.Count == 1 && shortName.Trim().All(char.IsUpper) && shortWords[0] == string.Concat(full.Select(w => w[0]));
        return leadingWords || initials;
    }

    /// <summary>Lower case ASCII, transliterated by AnyAscii ("Erdoğan" is "erdogan", curly marks are straight), for
    /// comparing names. (Normalising to FormD does not strip diacritics under invariant globalization.)</summary>
    public static string Fold(string text) => text.Trim().Transliterate().ToLowerInvariant();

    /// <summary>Capitalised, or a name with a lower-case particle joined by a hyphen ("al-Sharafi", "el-Sisi", "bin-Zayed").</summary>
    public static bool IsCapitalized(string token)
    {
        var first = token.TrimStart('[', '(', '"', '“', '‘', '\'');
        return first.Length > 0 && (char.IsUpper(first[0]) || ParticleName().IsMatch(first));
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "della", "ter", "ten", "bin", "ibn",
    };

    /// <summary>A lower-case word that is part of a surname before a capitalised one: "de" of "Pieter de Graaff", "van der" of
    /// "Anna van der Berg".</summary>
    public static bool IsNameParticle(string token) => NameParticles.Contains(token);

    [GeneratedRegex(@"^(?:al|el|ul|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben|bint)-\p{Lu}")]
    private static partial Regex ParticleName();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
