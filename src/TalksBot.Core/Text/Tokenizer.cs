using System.Text;

namespace TalksBot.Core.Text;

/// <summary>Splits text into words for matching questions against articles. A word is a run of
/// letters and digits; apostrophes inside a word are kept out ("Russia's" → "russia", "don't" →
/// "dont"), hyphens split ("de-escalate" → "de", "escalate"), dotted initialisms join ("U.S." →
/// "us"), and other scripts and accents fold to ASCII ("Türkiye" → "turkiye", "Київ" → "kyiv").</summary>
internal static class Tokenizer
{
    private const int MaxWordLength = 40;

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(Math.Min(64, text.Length / 5 + 1));
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(string text, List<TextToken> tokens)
    {
        Span<char> buffer = stackalloc char[MaxWordLength * 4];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var length = 0;
            var end = i;
            var possessive = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (length < MaxWordLength)
                    {
                        buffer[length++] = char.ToLowerInvariant(c);
                    }

                    end = ++i;
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && length > 0)
                {
                    if (IsPossessive(text, i))
                    {
                        i += 2;
                        end = i;
                        possessive = true;
                        break;
                    }

                    i++;
                }
                else if (c == '.' && IsInitialism(text, start, i))
                {
                    i++;
                    end = i;
                }
                else
                {
                    break;
                }
            }

            if (length > 1 || (length == 1 && char.IsDigit(buffer[0])))
            {
                var (word, stem, isFunctionWord) = Stemmer.Lookup(Ascii.IsValid(buffer[..length]) ? buffer[..length] : FoldToAscii(buffer[..length]));
                tokens.Add(new TextToken(word, stem, start, end, isFunctionWord, possessive));
            }
        }
    }

    /// <summary>Appends the tokens of <c>text[start..end]</c>, exactly as <see cref="Tokenize(string, List{TextToken})"/>
    /// of that part gives them, reusing <paramref name="textTokens"/> (the tokens of the whole text) when
    /// no word can run across either end of the part; otherwise the part is tokenized.</summary>
    public static void TokenizePart(string text, List<TextToken> textTokens, int start, int end, List<TextToken> tokens)
    {
        if (!(IsCleanStart(text, start) && IsCleanEnd(text, end)))
        {
            Tokenize(text[start..end], tokens);
            return;
        }

        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(textTokens);
        var first = 0;
        for (var high = all.Length; first < high;)
        {
            var middle = (first + high) >>> 1;
            if (all[middle].Start < start)
            {
                first = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var t = first; t < all.Length && all[t].End <= end; t++)
        {
            tokens.Add(all[t] with { Start = all[t].Start - start, End = all[t].End - start });
        }
    }

    /// <summary>A word can reach back over <paramref name="start"/> only through a letter, digit, apostrophe or dot before it.</summary>
    private static bool IsCleanStart(string text, int start) => start == 0 || !CanJoinWord(text[start - 1]);

    /// <summary>The tokenizer looks past a word's end only through letters, apostrophes and dots, and never over white space.</summary>
    private static bool IsCleanEnd(string text, int end) =>
        end == text.Length || (end > 0 && char.IsWhiteSpace(text[end - 1])) || !CanJoinWord(text[end]);

    private static bool CanJoinWord(char c) => char.IsLetterOrDigit(c) || IsApostrophe(c) || c == '.';

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && (text[apostrophe + 1] is 's' or 'S')
        && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    /// <summary>True for the dots of "U.S." or "U.K.": single letters each followed by a dot.</summary>
    private static bool IsInitialism(string text, int start, int dot)
    {
        var letterBefore = dot - 1 >= start && char.IsLetter(text[dot - 1]) && (dot - 2 < start || text[dot - 2] == '.');
        var letterAfter = dot + 1 < text.Length && char.IsLetter(text[dot + 1]) && (dot + 2 >= text.Length || text[dot + 2] == '.');
        return letterBefore && (letterAfter || (dot - 2 >= start && text[dot - 2] == '.'));
    }

    /// <summary>Any script to ASCII letters with AnyAscii ("Зеленський" → "zelenskiy", "Kijów" →
    /// "kijow"), so a name typed in Cyrillic or with diacritics meets the data's spelling.</summary>
    private static string FoldToAscii(ReadOnlySpan<char> word)
    {
        var transliterated = AnyAscii.Transliteration.Transliterate(word.ToString());
        var folded = new StringBuilder(transliterated.Length);
        foreach (var c in transliterated)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
