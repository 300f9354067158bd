using System.Text.RegularExpressions;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Picks the sentence of a quote that best answers the question, for the short reply text.
/// The result is always a verbatim substring of the quote, with "…" outside it where it was cut.</summary>
internal static partial class Fragment
{
    private const int MaxLength = 180;

    public static string Of(string quote, IReadOnlyCollection<string> questionStems)
    {
        var best = quote;
        var bestScore = -1;
        foreach (var sentence in SentenceBreak().Split(quote))
        {
            var score = Tokenizer.Tokenize(sentence).Count(t => questionStems.Contains(t.Stem));
            if (score > bestScore && sentence.Length > 0)
            {
                (best, bestScore) = (sentence, score);
            }
        }

        return Shorten(best, quote.IndexOf(best, StringComparison.Ordinal) > 0, questionStems);
    }

    private static string Shorten(string sentence, bool cutBefore, IReadOnlyCollection<string> questionStems)
    {
        if (sentence.Length <= MaxLength)
        {
            return (cutBefore ? "…" : "") + sentence;
        }

        var first = Tokenizer.Tokenize(sentence).FirstOrDefault(t => questionStems.Contains(t.Stem));
        var start = Math.Max(0, first.Start - MaxLength / 3);
        start = start == 0 ? 0 : NextWordStart(sentence, start);
        var end = Math.Min(sentence.Length, start + MaxLength);
        end = end == sentence.Length ? end : PreviousWordEnd(sentence, end, start);
        return (start > 0 || cutBefore ? "…" : "") + sentence[start..end] + (end < sentence.Length ? "…" : "");
    }

    private static int NextWordStart(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at - 1]))
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

    [GeneratedRegex(@"(?<=[.?!…;])\s+(?=[“""‘'\[(A-Z0-9])")]
    private static partial Regex SentenceBreak();
}
