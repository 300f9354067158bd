namespace TalksBot.Ingest.Text;

/// <summary>Finds top-level quotations in a paragraph, with straight or curly marks, guillemets or low-high marks („…“). Quotes nested in the
/// other kind of mark stay part of the outer quote; apostrophes are told apart from closing single quotes.</summary>
internal static class QuoteScanner
{
    private const string Terminators = ",.;:?!)]—–-\"”’'…";

    public static QuoteStyle DetectStyle(IEnumerable<string> paragraphs)
    {
        int doubles = 0, singles = 0;
        foreach (var p in paragraphs)
        {
            for (var i = 0; i < p.Length; i++)
            {
                if (p[i] is '“' or '«' or '„' || (p[i] == '"' && OpensAt(p, i)))
                {
                    doubles++;
                }
                else if (p[i] is '‘' or '\'' && OpensAt(p, i))
                {
                    singles++;
                }
            }
        }

        return singles > doubles ? QuoteStyle.Single : QuoteStyle.Double;
    }

    public static List<QuoteSpan> Scan(string p, QuoteStyle style)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < p.Length)
        {
            if (!IsOpening(p, i, style))
            {
                i++;
                continue;
            }

            var close = FindClose(p, i, style);
            var innerStart = i + 1;
            var innerEnd = close < 0 ? p.Length : close;
            while (innerStart < innerEnd && char.IsWhiteSpace(p[innerStart]))
            {
                innerStart++;
            }

            while (innerEnd > innerStart && char.IsWhiteSpace(p[innerEnd - 1]))
            {
                innerEnd--;
            }

            if (innerEnd > innerStart)
            {
                spans.Add(new QuoteSpan(i, close, innerStart, innerEnd));
            }

            i = close < 0 ? p.Length : close + 1;
        }

        return spans;
    }

    private static bool IsOpening(string p, int i, QuoteStyle style) => style switch
    {
        QuoteStyle.Double => p[i] is '“' or '«' or '„' || (p[i] == '"' && OpensAt(p, i)),
        _ => p[i] is '‘' or '\'' && OpensAt(p, i),
    };

    /// <summary>An opening mark follows the start, a space or an opening bracket/dash (or a full stop, glued on:
    /// `guarantees."We received…`), and precedes a non-space.</summary>
    private static bool OpensAt(string p, int i) =>
        (i == 0 || char.IsWhiteSpace(p[i - 1]) || p[i - 1] is '(' or '[' or '—' or '–' or '“' or '‘'
            || (p[i - 1] is '.' or '?' or '!' && i + 1 < p.Length && char.IsUpper(p[i + 1])))
        && i + 1 < p.Length && !char.IsWhiteSpace(p[i + 1]);

    private static int FindClose(string p, int open, QuoteStyle style)
    {
        var opener = p[open];
        var nested = 0;
        for (var j = open + 1; j < p.Length; j++)
        {
            var c = p[j];
            if (opener is '‘' or '\'' && c is '‘' or '\'' && OpensAt(p, j))
            {
                // The same marks nested inside ("…suffered a ‘colossal damage’ in…"): the next close is theirs.
                nested++;
                continue;
            }

            var closes = opener switch
            {
                '«' => c == '»',
                // German „…“ and the „…” of Polish and the Balkan languages.
                '„' => c is '“' or '”',
                '“' or '"' => c is '”' or '"' && j > open + 1,
                _ => c is '’' or '\'' && ClosesSingleAt(p, j) && !IsPluralPossessive(p, j, style),
            };
            if (closes && nested > 0)
            {
                nested--;
            }
            else if (closes)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A closing single mark follows a non-space and precedes the end, a space or punctuation,
    /// so the apostrophes in "don’t" and "Russia’s" never close a quote.</summary>
    private static bool ClosesSingleAt(string p, int j) =>
        !char.IsWhiteSpace(p[j - 1]) && (j + 1 == p.Length || char.IsWhiteSpace(p[j + 1]) || Terminators.Contains(p[j + 1]));

    /// <summary>"the Russians’ plan": an s, the mark, then a lower-case word, with a later closing mark still to come that closes
    /// no quote opened after it ("‘still too cautious’ on Ukraine and … as ‘tense’" closes at "cautious’").</summary>
    private static bool IsPluralPossessive(string p, int j, QuoteStyle style)
    {
        if (style != QuoteStyle.Single || p[j - 1] != 's' || j + 2 >= p.Length || p[j + 1] != ' ' || !char.IsLower(p[j + 2]))
        {
            return false;
        }

        // A quote that opens after the mark closes first ("… a ‘dead end’ for everyone,’"): only a closing mark beyond it makes
        // this one a possessive.
        var nested = false;
        for (var k = j + 1; k < p.Length; k++)
        {
            if (p[k] is '‘' || (p[k] == '\'' && OpensAt(p, k)))
            {
                nested = true;
            }
            else if (p[k] is '’' or '\'' && ClosesSingleAt(p, k) && !(p[k - 1] == 's' && k + 2 < p.Length && char.IsLower(p[k + 2])))
            {
                if (!nested)
                {
                    return true;
                }

                nested = false;
            }
        }

        return false;
    }
}
