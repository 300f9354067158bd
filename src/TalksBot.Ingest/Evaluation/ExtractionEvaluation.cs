using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Corpus;
using TalksBot.Ingest.Input;
using TalksBot.Ingest.Output;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Evaluation;

/// <summary>Ingests every article of a labelled corpus as a dry run (each against the same existing articles,
/// nothing written), checks each result with the data loader, and scores it against the labels.</summary>
public static class ExtractionEvaluation
{
    private const int TimedPasses = 5;

    public static EvaluationReport Run(IReadOnlyList<LabelledArticle> corpus, Vocabulary vocabulary, IReadOnlyList<Article> existing, TimeProvider clock)
    {
        var ingestor = new ArticleIngestor(vocabulary, existing);
        var scores = new List<ArticleScore>();
        var details = new List<string>();
        foreach (var article in corpus)
        {
            try
            {
                var result = ingestor.Ingest(article.Body, article.Options);
                CorpusReader.Validate(article.File, ArticleJsonWriter.Write(result), vocabulary);
                scores.Add(ExtractionScorer.Score(article.File, result, article.Labels, details));
            }
            catch (IngestRefusedException e)
            {
                scores.Add(new ArticleScore(article.File, article.Labels.Count, 0, 0, 0, 0, 0, 0, e.Message));
            }
        }

        var words = corpus.Sum(a => Words.Count(a.Body));
        return new EvaluationReport(scores, ArticleScore.Sum("total", scores), details, TimeWarm(ingestor, corpus, clock), words);
    }

    /// <summary>The median of further passes over the corpus, so the figure is ingest's own cost and not the first
    /// call's JIT compilation or one pass slowed by other work on the machine.</summary>
    private static TimeSpan TimeWarm(ArticleIngestor ingestor, IReadOnlyList<LabelledArticle> corpus, TimeProvider clock)
    {
        var passes = new List<TimeSpan>();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            var started = clock.GetTimestamp();
            foreach (var article in corpus)
            {
                try
                {
                    ingestor.Ingest(article.Body, article.Options);
                }
                catch (IngestRefusedException)
                {
                    // Refusals were reported by the scored pass; their time still counts.
                }
            }

            passes.Add(clock.GetElapsedTime(started));
        }

        return passes.Order().ElementAt(TimedPasses / 2);
    }
}
