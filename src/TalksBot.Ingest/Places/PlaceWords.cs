using System.Text.RegularExpressions;
using AnyAscii;

namespace TalksBot.Ingest.Places;

/// <summary>Words of running text with their offsets, for finding place names: letters and digits joined by an
/// apostrophe, hyphen or dot ("Rostov-on-Don", "U.S"), a possessive "'s" dropped, keyed by their ASCII form.</summary>
internal static partial class PlaceWords
{
    public static IReadOnlyList<PlaceWord> Split(string text) =>
        [.. WordPattern().Matches(text).Select(m => new PlaceWord(m.Value, Key(m.Value), m.Index, m.Index + m.Length))];

    public static string[] Keys(string spelling) => [.. WordPattern().Matches(spelling).Select(m => Key(m.Value))];

    private static string Key(string word)
    {
        var ascii = word.Transliterate();
        return ascii.EndsWith("'s", StringComparison.Ordinal) ? ascii[..^2] : ascii;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

/// <summary>A word as written, its key, and where it stands in its paragraph.</summary>
internal readonly record struct PlaceWord(string Raw, string Key, int Start, int End);
