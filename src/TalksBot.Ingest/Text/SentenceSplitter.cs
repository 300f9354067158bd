using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Text;

/// <summary>Splits a paragraph into sentences outside its quotations, so a quote of several sentences
/// stays in the sentence that attributes it. Abbreviations and initials do not end a sentence.</summary>
internal static class SentenceSplitter
{
    private const string ClosingMarks = "”’\"')";

    public static List<Range> Split(string p, IReadOnlyList<QuoteSpan> quotes, Lexicon lexicon)
    {
        var masked = Mask(p, quotes);
        var sentences = new List<Range>();
        var start = 0;
        for (var k = 0; k < masked.Length; k++)
        {
            if (masked[k] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var end = k + 1;
            while (end < masked.Length && ClosingMarks.Contains(masked[end]))
            {
                end++;
            }

            var next = end;
            while (next < masked.Length && char.IsWhiteSpace(masked[next]))
            {
                next++;
            }

            var atEnd = next == masked.Length;
            var startsSentence = !atEnd && next > end && (char.IsUpper(masked[next]) || "“\"‘'[(".Contains(masked[next]) || char.IsDigit(masked[next]));
            if ((atEnd || startsSentence) && !IsAbbreviation(p, k, lexicon) && !AttributionAfterAskingQuote(masked, quotes, k, next, lexicon))
            {
                sentences.Add(new Range(start, end));
                start = next;
                k = next - 1;
            }
        }

        if (start < p.Length && p[start..].Trim().Length > 0)
        {
            sentences.Add(new Range(start, p.Length));
        }

        return sentences;
    }

    /// <summary>The paragraph with quoted text blanked out, keeping a quote's final . ? or ! so a sentence can end with it.</summary>
    public static string Mask(string p, IReadOnlyList<QuoteSpan> quotes)
    {
        var chars = p.ToCharArray();
        foreach (var q in quotes)
        {
            for (var i = q.InnerStart; i < q.InnerEnd; i++)
            {
                chars[i] = 'x';
            }

            if (p[q.InnerEnd - 1] is '.' or '?' or '!')
            {
                chars[q.InnerEnd - 1] = p[q.InnerEnd - 1];
            }
        }

        return new string(chars);
    }

    /// <summary>How many words after a quote the verb of "“Will the mission stay?” Mayor Viktor Kuzmenko asked" may stand.</summary>
    private const int AttributionWords = 8;

    /// <summary>"“Will it stay?” Kuzmenko asked.": a quote ending in a question or exclamation mark, followed by its attribution,
    /// does not end the sentence there (the attribution is no sentence of its own).</summary>
    private static bool AttributionAfterAskingQuote(string masked, IReadOnlyList<QuoteSpan> quotes, int mark, int next, Lexicon lexicon)
    {
        if (masked[mark] == '.' || !quotes.Any(q => q.InnerEnd - 1 == mark))
        {
            return false;
        }

        var stop = masked.IndexOfAny(['.', '?', '!', '“', '"'], next);
        var words = masked[next..(stop < 0 ? masked.Length : stop)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= AttributionWords && words.Any(w => lexicon.IsAttributionVerb(w.Trim(',').ToLowerInvariant()));
    }

    private static bool IsAbbreviation(string p, int period, Lexicon lexicon)
    {
        if (p[period] != '.')
        {
            return false;
        }

        var from = period;
        while (from > 0 && !char.IsWhiteSpace(p[from - 1]) && p[from - 1] is not ('(' or '“' or '"'))
        {
            from--;
        }

        var token = p[from..(period + 1)];
        return lexicon.Abbreviations.Contains(token) || (token.Length == 2 && char.IsUpper(token[0]));
    }
}
