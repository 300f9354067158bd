using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;

namespace TalksBot.Core.Query;

/// <summary>"Zelensky said that Ukraine was not lowering its defenses", and beside it his words "we are not reducing
/// our defensive efforts": an article's account of a remark and the quote it sums up. The quote answers first. An account
/// of what a party said ("Russia claimed it would de-escalate") sums up the quote of one of its people just as well.</summary>
internal static class QuotedAccount
{
    /// <summary>How close in meaning the quote must be to the account: "difficult" talks are not summed up
    /// by "the Russian delegation is constructive".</summary>
    private const double SameRemark = 0.45;

    /// <summary>Statements of one article are indexed together; its quotes near an account are within this many.</summary>
    private const int Neighbourhood = 6;

    /// <summary>How far down the ranking an account and the quote restating it are looked for.</summary>
    private const int RestatedLookahead = 4;

    /// <summary>"Medinsky said the talks were constructive" beside his words "The talks were constructive": when both answer,
    /// the quote takes the account's place, so the two do not fill the answer twice.</summary>
    public static void MergeRestatedAccounts(SemanticSearch semantic, List<RankedStatement> ranked, double eligibleCoverage)
    {
        for (var i = 0; i < Math.Min(ranked.Count, RestatedLookahead); i++)
        {
            var account = ranked[i];
            if (account.Statement.Statement.Kind != StatementKind.ReportedClaim)
            {
                continue;
            }

            var at = ranked.FindIndex(0, Math.Min(ranked.Count, RestatedLookahead), r => r.Coverage >= eligibleCoverage && Restates(semantic, r.Statement, account.Statement));
            if (at < 0)
            {
                continue;
            }

            if (at < i)
            {
                ranked.RemoveAt(i--);
                continue;
            }

            // The quote takes the account's place, and what the account covers of the question.
            var quote = ranked[at];
            ranked.RemoveAt(at);
            ranked[i] = quote with { Score = account.Score, Coverage = account.Coverage };
        }
    }

    private static bool Restates(SemanticSearch semantic, IndexedStatement quote, IndexedStatement account) =>
        IsQuoteBeside(quote, account) && quote.Speaker.Id == account.Speaker.Id && !AddsTo(account, quote)
        && (semantic.Between(account.Statement.Quote, quote.Statement.Quote) ?? 0) >= SameRemark;

    /// <summary>"“…,” he said, adding Ukraine could only trust a concrete result": an account later in the quote's own sentence
    /// tells what the speaker said besides the quote, not the quote again.</summary>
    private static bool AddsTo(IndexedStatement account, IndexedStatement quote)
    {
        if (account.Statement.Paragraph != quote.Statement.Paragraph || account.Statement.Paragraph > account.Article.Paragraphs.Count)
        {
            return false;
        }

        var paragraph = account.Article.Paragraphs[account.Statement.Paragraph - 1];
        var quoteAt = paragraph.IndexOf(quote.Statement.Quote, StringComparison.Ordinal);
        var accountAt = quoteAt < 0 ? -1 : paragraph.IndexOf(account.Statement.Quote, quoteAt + quote.Statement.Quote.Length, StringComparison.Ordinal);
        return accountAt >= 0 && !Index.Sentences.Starts(paragraph).Any(start => start > quoteAt + quote.Statement.Quote.Length && start <= accountAt);
    }

    /// <summary>A direct quote in the account's article, in its paragraph or the next one either side.</summary>
    private static bool IsQuoteBeside(IndexedStatement quote, IndexedStatement account) =>
        quote.Statement.Kind == StatementKind.DirectQuote && quote.Article.Id == account.Article.Id
        && Math.Abs(quote.Statement.Paragraph - account.Statement.Paragraph) <= 1;

    public static List<RankedStatement> QuoteFirst(KnowledgeIndex index, ParsedQuestion question, SemanticSearch semantic, List<RankedStatement> chosen)
    {
        var account = chosen[0].Statement;
        if (account.Statement.Kind != StatementKind.ReportedClaim)
        {
            return chosen;
        }

        // "which city …", "when …": the account holds the place or time asked for; a member's quote may not.
        var memberMay = question.AnswerType is not (QuestionIntent.Where or QuestionIntent.When or QuestionIntent.Quantity);

        var from = Math.Max(0, account.Index - Neighbourhood);
        var to = Math.Min(index.Statements.Count - 1, account.Index + Neighbourhood);
        var quote = Enumerable.Range(from, to - from + 1)
            .Select(i => index.Statements[i])
            .Where(s => IsQuoteBeside(s, account) && !AddsTo(account, s) && (s.Speaker.Id == account.Speaker.Id || (memberMay && s.Speaker.Affiliation == account.Speaker.Id)))
            .Select(s => (Statement: s, Cosine: semantic.Between(account.Statement.Quote, s.Statement.Quote) ?? 0))
            .Where(p => p.Cosine >= SameRemark)
            .OrderByDescending(p => p.Cosine).Select(p => p.Statement).FirstOrDefault();
        if (quote is null)
        {
            return chosen;
        }

        var result = chosen.Where(r => r.Statement.Index != quote.Index).ToList();
        result.Insert(0, new RankedStatement(quote, chosen[0].Rank, chosen[0].Coverage));
        return result;
    }
}
