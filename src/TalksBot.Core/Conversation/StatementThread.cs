using System.Text.RegularExpressions;
using TalksBot.Core.Index;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>The statement a conversation's last answer showed first, read in its article: what follows it
/// ("but?", "why not", "on what condition", "which cities" are about that statement or the next ones of the
/// same speaker), and the data's topics it carries (another speaker "on that" is asked about the same topics).</summary>
internal static class StatementThread
{
    /// <summary>The indexed statement a citation shows, if it is still in the data.</summary>
    public static IndexedStatement? Find(KnowledgeIndex index, Citation citation) =>
        index.Statements.FirstOrDefault(s => s.Article.Id == citation.Source.ArticleId
            && s.Statement.Paragraph == citation.Paragraph && s.Statement.Quote == citation.Quote);

    /// <summary>The last statement, then the later statements of its speaker in its article, then the one right
    /// after it; the first whose words (or the words leading up to it in its paragraph) hold a cue comes first.
    /// Null when the last answer showed nothing that is still in the data.</summary>
    public static Answer? Answer(KnowledgeIndex index, Citation last, IReadOnlyList<string> cues)
    {
        if (Find(index, last) is not { } statement)
        {
            return null;
        }

        var article = index.Statements.Where(s => s.Article.Id == statement.Article.Id).OrderBy(Position).ToList();
        var at = article.IndexOf(statement);
        var later = article.Skip(at + 1).ToList();
        List<IndexedStatement> candidates = [statement, .. later.Where(s => s.Speaker.Id == statement.Speaker.Id).Take(3)];
        if (later.FirstOrDefault() is { } next && !candidates.Contains(next))
        {
            candidates.Add(next);
        }

        var cued = candidates.FirstOrDefault(s => HoldsCue(Lead(article, s, statement), cues));
        var ordered = cued is null ? candidates : [cued, .. candidates.Where(s => s != cued)];
        var first = ordered[0].Citation;
        var words = first.Kind == Knowledge.StatementKind.DirectQuote ? $"“{first.Quote}”" : "(in the article's words) " + first.Quote;
        return new Answer(true, $"{first.Speaker}: {words}", [.. ordered.Select(s => s.Citation)]);
    }

    /// <summary>The data's topics of the statement a citation shows.</summary>
    public static IReadOnlySet<string> TopicsOf(KnowledgeIndex index, Citation citation) =>
        Find(index, citation)?.Statement.Topics.ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>Another speaker's citations with those sharing most of the data's topics of <paramref name="last"/>
    /// first (the last statement's own speaker left out: the listing may pair it with the other's); null when none shares any.</summary>
    public static Answer? OnTheSameTopics(KnowledgeIndex index, Answer quotes, Citation last)
    {
        var topics = TopicsOf(index, last);
        var scored = quotes.Citations.Where(c => c.Speaker != last.Speaker)
            .Select(c => (Citation: c, Shared: Find(index, c)?.Statement.Topics.Count(topics.Contains) ?? 0))
            .ToList();
        return scored.Any(s => s.Shared > 0)
            ? quotes with { Citations = [.. scored.OrderByDescending(s => s.Shared).Select(s => s.Citation)] }
            : null;
    }

    /// <summary>A candidate's own words and, for a later statement, the words of its paragraph between the
    /// statement before it and its end ("… said at a briefing, but added that …").</summary>
    private static string Lead(IReadOnlyList<IndexedStatement> article, IndexedStatement candidate, IndexedStatement last)
    {
        if (candidate == last)
        {
            return candidate.Statement.Quote;
        }

        var paragraph = candidate.Article.Paragraphs[candidate.Statement.Paragraph - 1];
        var (_, offset) = Position(candidate);
        var end = offset + candidate.Statement.Quote.Length;
        var before = article.TakeWhile(s => s != candidate).LastOrDefault(s => s.Statement.Paragraph == candidate.Statement.Paragraph);
        var start = before is null ? 0 : Math.Min(offset, Position(before).Offset + before.Statement.Quote.Length);
        return paragraph[start..end];
    }

    private static bool HoldsCue(string text, IReadOnlyList<string> cues) =>
        cues.Any(cue => Regex.IsMatch(text, $@"\b{Regex.Escape(cue)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static (int Paragraph, int Offset) Position(IndexedStatement s) =>
        (s.Statement.Paragraph, Math.Max(0, s.Article.Paragraphs[s.Statement.Paragraph - 1].IndexOf(s.Statement.Quote, StringComparison.Ordinal)));
}
