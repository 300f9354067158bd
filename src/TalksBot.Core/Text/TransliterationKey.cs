using System.Text;

namespace TalksBot.Core.Text;

/// <summary>A spelling key under which the usual romanisations of one Slavic or Turkish name meet:
/// English, Polish, German and French conventions ("Czernihów", "Tschernihiw", "Chernihiv" → one key;
/// "Kijów", "Kyiv"; "Selenskyj", "Zelensky"). Words arrive folded to lower-case ASCII.</summary>
internal static class TransliterationKey
{
    private static readonly (string From, string To)[] Rules =
    [
        ("tsch", "ch"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("tch", "ch"), ("zh", "j"), ("kh", "h"),
        ("ij", "i"), ("yj", "i"), ("iy", "i"), ("yi", "i"), ("ii", "i"), ("ie", "e"), ("j", "i"), ("y", "i"), ("w", "v"),
        ("ts", "c"), ("z", "s"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"),
    ];

    public static string Of(string word)
    {
        var key = new StringBuilder(word);
        foreach (var (from, to) in Rules)
        {
            key.Replace(from, to);
        }

        // Doubled letters ("Medinskii", "Kirrby") and a trailing vowel change no name.
        var result = new StringBuilder(key.Length);
        foreach (var c in key.ToString())
        {
            if (result.Length == 0 || result[^1] != c)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
