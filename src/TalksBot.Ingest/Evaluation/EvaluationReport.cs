namespace TalksBot.Ingest.Evaluation;

/// <summary>The scores of every article and their total, what went wrong label by label, and how long ingest took.</summary>
public sealed record EvaluationReport(IReadOnlyList<ArticleScore> Articles, ArticleScore Total, IReadOnlyList<string> Details, TimeSpan IngestTime, int Words)
{
    public double MillisecondsPerThousandWords => Words == 0 ? 0 : IngestTime.TotalMilliseconds * 1000 / Words;
}
