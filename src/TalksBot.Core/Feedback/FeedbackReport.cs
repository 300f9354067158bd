namespace TalksBot.Core.Feedback;

/// <summary>Votes summed up: per day (UTC) and per question, the worst first (most 👎, then fewest 👍).</summary>
public sealed record FeedbackReport(int Up, int Down, IReadOnlyList<DayCount> Days, IReadOnlyList<QuestionScore> Questions)
{
    public static FeedbackReport Build(IReadOnlyList<FeedbackVote> votes)
    {
        var days = votes
            .GroupBy(v => DateOnly.FromDateTime(v.Time.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(g => new DayCount(g.Key, g.Count(v => v.Vote == Vote.Up), g.Count(v => v.Vote == Vote.Down)))
            .ToList();
        var questions = ByQuestion(votes)
            .Select(g => new QuestionScore(
                g.Key,
                g.Count(v => v.Vote == Vote.Up),
                g.Count(v => v.Vote == Vote.Down),
                g.Where(v => v.Reason is not null).GroupBy(v => v.Reason!.Value).OrderByDescending(r => r.Count()).ThenBy(r => r.Key)
                    .Select(r => (r.Key, r.Count())).ToList(),
                g.ToList()))
            .OrderByDescending(q => q.Down).ThenBy(q => q.Up).ThenBy(q => q.Question, StringComparer.Ordinal)
            .ToList();
        return new FeedbackReport(votes.Count(v => v.Vote == Vote.Up), votes.Count(v => v.Vote == Vote.Down), days, questions);
    }

    /// <summary>Votes on the same question (ignoring case, spacing and a final question mark) go together;
    /// a vote whose question is unknown counts per day only.</summary>
    private static IEnumerable<IGrouping<string, FeedbackVote>> ByQuestion(IEnumerable<FeedbackVote> votes) =>
        votes.Where(v => !string.IsNullOrWhiteSpace(v.Question))
            .GroupBy(v => string.Join(' ', v.Question!.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', ' '), StringComparer.OrdinalIgnoreCase);
}

public sealed record DayCount(DateOnly Day, int Up, int Down);

/// <param name="Votes">The current votes on this question, oldest first.</param>
public sealed record QuestionScore(string Question, int Up, int Down, IReadOnlyList<(FeedbackReason Reason, int Count)> Reasons, IReadOnlyList<FeedbackVote> Votes);
