using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>Picks the sentence of a quote that best answers the question, for the short reply text.
/// The result is always a verbatim substring of the quote, with "…" outside it where it was cut.
/// Sentences and words of each quote are found once, the first time the statement is shown.</summary>
internal static class Fragment
{
    private const int MaxLength = 180;

    /// <param name="asksHowMany">A "how many" question: a sentence with a number in it is the likelier answer.</param>
    public static string Of(IndexedStatement statement, IReadOnlySet<string> questionStems, bool asksHowMany = false)
    {
        var quote = statement.Statement.Quote;
        var tokens = statement.QuoteTokens;
        var starts = statement.SentenceStarts;
        var (bestStart, bestEnd, bestScore) = (0, quote.Length, -1);
        for (var s = 0; s < starts.Length; s++)
        {
            var start = starts[s];
            var end = s + 1 < starts.Length ? starts[s + 1] : quote.Length;
            var score = 0;
            var holdsNumber = false;
            foreach (var token in tokens)
            {
                if (token.Start >= start && token.End <= end)
                {
                    score += questionStems.Contains(token.Stem) ? 1 : 0;
                    holdsNumber |= Numbers.IsNumber(token);
                }
            }

            score += asksHowMany && holdsNumber ? 1 : 0;

            if (score > bestScore)
            {
                (bestStart, bestEnd, bestScore) = (start, end, score);
            }
        }

        while (bestEnd > bestStart && char.IsWhiteSpace(quote[bestEnd - 1]))
        {
            bestEnd--;
        }

        return Shorten(statement, bestStart, bestEnd, questionStems);
    }

    private static string Shorten(IndexedStatement statement, int start, int end, IReadOnlySet<string> questionStems)
    {
        var quote = statement.Statement.Quote;
        if (end - start <= MaxLength)
        {
            return (start > 0 ? "…" : "") + quote[start..end] + (end < quote.TrimEnd().Length ? "…" : "");
        }

        var anchor = start;
        foreach (var token in statement.QuoteTokens)
        {
            if (token.Start >= start && token.End <= end && questionStems.Contains(token.Stem))
            {
                anchor = token.Start;
                break;
            }
        }

        var from = Math.Max(start, anchor - MaxLength / 3);
        from = from == start ? start : NextWordStart(quote, from, end);
        var to = Math.Min(end, from + MaxLength);
        to = to == end ? end : PreviousWordEnd(quote, to, from);
        return (from > 0 ? "…" : "") + quote[from..to] + (to < quote.Length ? "…" : "");
    }

    private static int NextWordStart(string text, int at, int limit)
    {
        while (at < limit && !char.IsWhiteSpace(text[at - 1]))
        {
            at++;
        }

        return at;
    }

    private static int PreviousWordEnd(string text, int at, int floor)
    {
        var end = at;
        while (end > floor + 1 && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end > floor + 1 ? end : at;
    }
}
