using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;

namespace TalksBot.Core.Evaluation;

/// <summary>Fits the answer-or-decline parameters on labelled questions: every combination of a
/// small grid is scored, and the one with the best mean of answered-right and declined-right shares
/// wins (ties: the stricter floor). Question vectors are cached, so each combination costs lexical work only.</summary>
public static class DecisionFitter
{
    private static readonly double[] Floors = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70];
    private static readonly double[] Coverages = [0.0, 0.1, 0.2, 0.3];
    private static readonly int[] Candidates = [1, 3];
    private static readonly int[] Unknowns = [0, 1, 2];

    public static (DecisionParameters Best, EvalSummary Score) Fit(KnowledgeBase knowledge, SemanticSearch semantic, IReadOnlyList<EvalQuestion> questions)
    {
        var best = DecisionParameters.Default;
        EvalSummary? bestScore = null;
        foreach (var floor in Floors.Reverse())
        {
            foreach (var coverage in Coverages.Reverse())
            {
                foreach (var candidates in Candidates)
                {
                    foreach (var unknown in Unknowns)
                    {
                        var parameters = new DecisionParameters(floor, coverage, candidates, unknown);
                        var score = Score(knowledge, semantic, questions, parameters);
                        if (bestScore is null || Objective(score) > Objective(bestScore) + 1e-9)
                        {
                            (best, bestScore) = (parameters, score);
                        }
                    }
                }
            }
        }

        return (best, bestScore!);
    }

    public static EvalSummary Score(KnowledgeBase knowledge, SemanticSearch semantic, IReadOnlyList<EvalQuestion> questions, DecisionParameters parameters) =>
        EvalSummary.Of([.. questions.Select(q => ReplyScorer.Score(q, ReplyOf(QueryEngine.Ask(knowledge.Index, InputSanitizer.Clean(q.Question), semantic, parameters)), knowledge))]);

    private static double Objective(EvalSummary score) => (score.AnsweredShare + score.DeclinedShare) / 2;

    /// <summary>The first page of the answer as the router shows it.</summary>
    private static Reply ReplyOf(Answer answer) => answer.Answered
        ? new Reply(ReplyKind.Answer, answer.Text) { Citations = [.. answer.Citations.Take(new ChatOptions().PageSize)] }
        : new Reply(ReplyKind.NoAnswer, answer.Text);
}
