using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>"anything else": the answer without the citations the conversation has shown. "what did
/// he say next": the statements after the last answer's first citation, in the order of its article; "right before that":
/// those before it, nearest first.</summary>
internal static class Continuation
{
    public static Answer Apply(Answer answer, ContinuationKind kind, IReadOnlyList<ConversationTurn> history, KnowledgeBase knowledge)
    {
        if (kind is not (ContinuationKind.Else or ContinuationKind.Next or ContinuationKind.Previous))
        {
            return answer;
        }

        var last = history.LastOrDefault(t => t.Shown.Count > 0)?.Shown[0];
        if (kind is ContinuationKind.Next or ContinuationKind.Previous && last is not null)
        {
            var position = Position(last, knowledge);
            var sign = kind == ContinuationKind.Next ? 1 : -1;
            // Before it, only the speaker's own: a statement their answer disputes may stand earlier in the article.
            var beside = answer.Citations.Where(c => c.Source.ArticleId == last.Source.ArticleId && Position(c, knowledge).CompareTo(position) * sign > 0
                && (sign > 0 || string.Equals(c.Speaker, last.Speaker, StringComparison.OrdinalIgnoreCase))).ToList();
            // Nearest first: what follows in the article's order, what came before in the reverse.
            beside = sign > 0 ? [.. beside.OrderBy(c => Position(c, knowledge))] : [.. beside.OrderByDescending(c => Position(c, knowledge))];
            return beside.Count > 0 ? answer with { Citations = [.. beside, .. answer.Citations.Except(beside)] }
                : kind == ContinuationKind.Previous ? new Answer(false, Chat.ReplyTexts.NothingBefore, []) : answer;
        }

        // Not shown yet first, unless none of those is the conversation's speaker's while some shown one is ("more" after
        // the one statement of a speaker is not someone else's). Else the conversation's speaker's first (a listing pairs a
        // statement with the one it disputes), and of those the ones a turn showed first (read already) last.
        var speaker = history.LastOrDefault(t => t.Speaker is not null)?.Speaker;
        bool BySpeaker(Citation c) => string.Equals(c.Speaker, speaker, StringComparison.OrdinalIgnoreCase);
        var shown = history.SelectMany(t => t.Shown).Select(Key).ToHashSet();
        var read = history.Where(t => t.Shown.Count > 0).Select(t => Key(t.Shown[0])).ToHashSet();
        var rest = answer.Citations.Where(c => !shown.Contains(Key(c))).ToList();
        return rest.Count > 0 && (rest.Any(BySpeaker) || !answer.Citations.Any(BySpeaker)) ? answer with { Citations = rest }
            : answer with { Citations = [.. answer.Citations.OrderBy(c => !BySpeaker(c)).ThenBy(c => read.Contains(Key(c)))] };
    }

    /// <summary>"what else was in that address": what the last statement's speaker said in its article besides what a turn
    /// showed first: what no turn showed before what one showed beside its first, their quoted words before the article's
    /// accounts, each in the article's order; null when nothing is left.</summary>
    public static Answer? RestOfTheStory(IReadOnlyList<ConversationTurn> history, Index.KnowledgeIndex index)
    {
        if (history.LastOrDefault(t => t.Shown.Count > 0)?.Shown[0] is not { } last)
        {
            return null;
        }

        var shown = history.SelectMany(t => t.Shown).Select(Key).ToHashSet();
        var read = history.Where(t => t.Shown.Count > 0).Select(t => Key(t.Shown[0])).ToHashSet();
        var rest = index.Statements
            .Where(s => s.Article.Id == last.Source.ArticleId && string.Equals(s.Citation.Speaker, last.Speaker, StringComparison.OrdinalIgnoreCase)
                && !read.Contains(Key(s.Citation)))
            .OrderBy(s => shown.Contains(Key(s.Citation)))
            .ThenBy(s => s.Statement.Kind != StatementKind.DirectQuote)
            .ThenBy(s => s.Statement.Paragraph)
            .ToList();
        return rest.Count > 0 ? StatementThread.Compose(rest) : null;
    }

    /// <summary>"who reported that", "when was this", "is that a direct quote": the last answer's statements again, under a
    /// sentence saying who said the first, through whom, where it was published and whether it quotes them.</summary>
    public static Answer? Same(IReadOnlyList<ConversationTurn> history)
    {
        // After a declined turn, the statements shown last.
        if (history.LastOrDefault(t => t.Shown.Count > 0)?.Shown is not [var first, ..] shown)
        {
            return null;
        }

        var via = first.Via is null ? "" : $", reported via {first.Via},";
        var date = first.Source.Date is { } day ? ", " + day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";
        var kind = first.Kind switch
        {
            StatementKind.DirectQuote => "their own words, quoted",
            StatementKind.ReportedClaim => "the article's account of what they said, not a direct quote",
            _ => "the outlet's own reporting, not a quote",
        };
        return new Answer(true, $"That was {first.Speaker}{via} in {first.Source.Publisher}{date}: “{first.Source.Title}” ({kind}).", shown);
    }

    /// <summary>Where a citation stands in its article: paragraph, then offset of the quote in it.</summary>
    private static (int Paragraph, int Offset) Position(Citation citation, KnowledgeBase knowledge)
    {
        var article = knowledge.Articles.FirstOrDefault(a => a.Id == citation.Source.ArticleId);
        var offset = article is not null && citation.Paragraph >= 1 && citation.Paragraph <= article.Paragraphs.Count
            ? article.Paragraphs[citation.Paragraph - 1].IndexOf(citation.Quote, StringComparison.Ordinal)
            : 0;
        return (citation.Paragraph, offset);
    }

    private static (string Article, int Paragraph, string Quote) Key(Citation c) => (c.Source.ArticleId, c.Paragraph, c.Quote);
}
