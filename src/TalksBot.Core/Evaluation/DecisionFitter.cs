using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;

namespace TalksBot.Core.Evaluation;

/// <summary>Fits the answer-or-decline model on labelled questions. Every candidate statement the
/// decision weighs is labelled right (the question should be answered, and citing it scores right)
/// or wrong; a logistic regression over the candidates' signals is fitted by gradient descent, and
/// the semantic floor, the threshold and the topic share a subject's statement found by meaning must hold
/// are those that give the best mean of answered-right and declined-right shares over the questions as
/// the bot would answer them.</summary>
public static class DecisionFitter
{
    private const int Iterations = 4000;
    private const double LearningRate = 0.5;
    private const double Regularisation = 0.001;
    private static readonly double[] Thresholds = [.. Enumerable.Range(4, 15).Select(i => i * 0.05)];
    private static readonly double[] Floors = [0.35, 0.45, 0.55, 0.65];
    private static readonly double[] SubjectCoverages = [0.0, 0.1, 0.2, 0.3];

    /// <summary>One question set with the data it is about.</summary>
    public sealed record Case(KnowledgeBase Knowledge, IReadOnlyList<EvalQuestion> Questions);

    public static (DecisionParameters Best, EvalSummary Score) Fit(IReadOnlyList<Case> cases, SemanticSearch semantic, DecisionParameters start)
    {
        // The model in use stays when no refit scores better: a refit never makes the bot worse on its own data.
        var best = (Parameters: start, Score: Score(cases, semantic, start));
        foreach (var floor in Floors)
        {
            var fitted = FitAt(cases, semantic, start with { SemanticFloor = floor });
            foreach (var (threshold, subjectCoverage) in Thresholds.SelectMany(t => SubjectCoverages.Select(c => (t, c))))
            {
                var parameters = fitted with { Threshold = threshold, SubjectMinCoverage = subjectCoverage };
                var score = Score(cases, semantic, parameters);
                if (Objective(score) > Objective(best.Score) + 1e-9)
                {
                    best = (parameters, score);
                }
            }
        }

        return best;
    }

    /// <summary>The logistic model over the candidates the decision weighs at this semantic floor.</summary>
    private static DecisionParameters FitAt(IReadOnlyList<Case> cases, SemanticSearch semantic, DecisionParameters start)
    {
        var samples = new List<(double[] Signals, bool Right)>();
        foreach (var (knowledge, questions) in cases)
        {
            foreach (var question in questions)
            {
                var trace = new DecisionTrace();
                QueryEngine.Ask(knowledge.Index, InputSanitizer.Clean(question.Question), semantic, start, trace);
                samples.AddRange(trace.Candidates.Select(c => (c.Signals.ToArray(), question.ShouldAnswer && ReplyScorer.Score(question, ReplyOf(c.Answer), knowledge).Right)));
            }
        }

        var cosines = samples.Select(s => s.Signals[1]).ToList();
        var (weights, bias) = Logistic(samples);
        return start with { Weights = weights, Bias = bias, MeanCosine = cosines.Count > 0 ? cosines.Average() : start.MeanCosine };
    }

    public static EvalSummary Score(IReadOnlyList<Case> cases, SemanticSearch semantic, DecisionParameters parameters) =>
        EvalSummary.Of([.. cases.SelectMany(c => c.Questions.Select(q =>
            ReplyScorer.Score(q, ReplyOf(QueryEngine.Ask(c.Knowledge.Index, InputSanitizer.Clean(q.Question), semantic, parameters)), c.Knowledge)))]);

    private static double Objective(EvalSummary score) => (score.AnsweredShare + score.DeclinedShare) / 2;

    private static (double[] Weights, double Bias) Logistic(IReadOnlyList<(double[] Signals, bool Right)> samples)
    {
        var features = DecisionSignals.Names.Length;
        var weights = new double[features];
        var bias = 0.0;
        if (samples.Count == 0)
        {
            return (weights, bias);
        }

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[features];
            var gradientBias = 0.0;
            foreach (var (signals, right) in samples)
            {
                var z = bias;
                for (var i = 0; i < features; i++)
                {
                    z += weights[i] * signals[i];
                }

                var error = (1 / (1 + Math.Exp(-z))) - (right ? 1 : 0);
                for (var i = 0; i < features; i++)
                {
                    gradient[i] += error * signals[i];
                }

                gradientBias += error;
            }

            for (var i = 0; i < features; i++)
            {
                weights[i] -= LearningRate * ((gradient[i] / samples.Count) + (Regularisation * weights[i]));
            }

            bias -= LearningRate * gradientBias / samples.Count;
        }

        return (weights, bias);
    }

    /// <summary>The first page of the answer as the router shows it.</summary>
    private static Reply ReplyOf(Answer answer) => answer.Answered
        ? new Reply(ReplyKind.Answer, answer.Text) { Citations = [.. answer.Citations.Take(new ChatOptions().PageSize)] }
        : new Reply(ReplyKind.NoAnswer, answer.Text);
}
