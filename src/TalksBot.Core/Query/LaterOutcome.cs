using System.Globalization;
using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"did Putin and Zelensky meet in the end", "did Ukraine join the EU eventually", "did Russia
/// withdraw in April": the question asks how things turned out after the newest article, which no statement
/// can tell. Answers the date the coverage runs to, or null when the question asks no such thing.</summary>
internal static class LaterOutcome
{
    private static readonly string[] OutcomeWords = ["eventually", "ultimately", "afterwards", "afterward"];

    private static readonly string[][] OutcomePhrases = [["in", "the", "end"], ["end", "up"], ["ended", "up"], ["since", "then"], ["by", "now"]];

    public static DateOnly? Asked(KnowledgeIndex index, IReadOnlyList<TextToken> tokens)
    {
        if (index.Articles.Select(a => a.Date).Max() is not { } latest)
        {
            return null;
        }

        return tokens.Any(t => OutcomeWords.Contains(t.Word)) || OutcomePhrases.Any(p => Contains(tokens, p)) || NamesALaterMonth(tokens, latest)
            ? latest
            : null;
    }

    /// <summary>"in April" (of the newest article's year unless one is given) after the newest article's month.</summary>
    private static bool NamesALaterMonth(IReadOnlyList<TextToken> tokens, DateOnly latest)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Word is not ("in" or "by" or "since") || !DateMention.IsMonthName(tokens[i].Word)
                || !DateTime.TryParseExact(tokens[i].Word, tokens[i].Word.Length == 3 ? "MMM" : "MMMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                continue;
            }

            var year = i + 1 < tokens.Count && int.TryParse(tokens[i + 1].Word, out var y) && y is > 1800 and < 2200 ? y : latest.Year;
            if (year > latest.Year || (year == latest.Year && month.Month > latest.Month))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<TextToken> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            if (phrase.Select((word, k) => tokens[i + k].Word == word).All(match => match))
            {
                return true;
            }
        }

        return false;
    }
}
