using System.Text;
using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Evaluation;

/// <summary>Scores a reply against a labelled question. An answer is right when one citation on the
/// first page (the first one, for <c>top</c>) is by an acceptable speaker and holds an expected
/// fragment; a listing is right when it names an acceptable speaker. A decline is right when the
/// reply cites and lists nothing.</summary>
public static class ReplyScorer
{
    public static EvalOutcome Score(EvalQuestion question, Reply reply, KnowledgeBase knowledge) =>
        new(question, reply, IsRight(question, reply), IsVerbatim(reply, knowledge));

    private static bool IsRight(EvalQuestion question, Reply reply)
    {
        var cites = reply.Citations.Count > 0 || reply.Items.Count > 0;
        if (!question.ShouldAnswer)
        {
            return !cites;
        }

        var who = question.Who ?? [];
        var says = question.Says ?? [];
        if (reply.Kind == ReplyKind.List)
        {
            return says.Count == 0 && (who.Count == 0 || reply.Items.Any(item => who.Any(w => SameSpeaker(w, item.Title))));
        }

        if (reply.Kind != ReplyKind.Answer || reply.Citations.Count == 0)
        {
            return false;
        }

        var shown = question.Top ? reply.Citations.Take(1) : reply.Citations;
        return shown.Any(c => (who.Count == 0 || who.Any(w => SameSpeaker(w, c.Speaker)))
            && (says.Count == 0 || says.Any(s => Normal(c.Quote).Contains(Normal(s), StringComparison.Ordinal))));
    }

    private static bool IsVerbatim(Reply reply, KnowledgeBase knowledge) =>
        reply.Citations.All(c => knowledge.Articles.FirstOrDefault(a => a.Id == c.Source.ArticleId) is { } article
            && c.Paragraph >= 1 && c.Paragraph <= article.Paragraphs.Count
            && article.Paragraphs[c.Paragraph - 1].Contains(c.Quote, StringComparison.Ordinal));

    /// <summary>Same person or party when the label's last word (a surname, "delegation") is one of
    /// the speaker's words, or the speaker's last word is one of the label's, spelling variants
    /// within one letter allowed ("Zelenskiy", "Zelensky").</summary>
    internal static bool SameSpeaker(string label, string speaker)
    {
        var a = Words(label);
        var b = Words(speaker);
        return a.Length > 0 && b.Length > 0 && (b.Any(w => Close(w, a[^1])) || a.Any(w => Close(w, b[^1])));
    }

    private static bool Close(string x, string y) =>
        x == y || (x.Length >= 5 && y.Length >= 5 && FuzzySharp.Fuzz.Ratio(x, y) >= 85);

    private static string[] Words(string name) =>
        Normal(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w is not ("the" or "and" or "mr" or "mrs" or "ms"))
            .Select(w => w.TrimEnd('s'))
            .ToArray();

    /// <summary>Lower case, ASCII letters, straight quotes, single spaces: labels are typed by people.</summary>
    private static string Normal(string text)
    {
        var folded = AnyAscii.Transliteration.Transliterate(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var last = builder.Length > 0 ? builder[^1] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (last != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
