namespace TalksBot.Core.Knowledge;

/// <summary>The answer-or-decline decision, fitted on labelled development questions by the
/// <c>fit</c> verb and kept in data/decision.json. A candidate statement is cited when a logistic
/// model over its signals (see <c>DecisionSignals</c>) gives at least <paramref name="Threshold"/>.</summary>
/// <param name="Weights">One weight per signal, in the order of <c>DecisionSignals.Names</c>.</param>
/// <param name="Bias">The model's intercept.</param>
/// <param name="Threshold">Least probability of being right at which a candidate is cited.</param>
/// <param name="MeanCosine">Stands in for the cosine signal when no sentence model is loaded.</param>
/// <param name="SemanticFloor">Least cosine for a statement found by meaning to be a candidate at all.</param>
/// <param name="SubjectMinCoverage">Least share of the topic words a subject's statement found by
/// meaning must hold ("what did Biden think of …").</param>
public sealed record DecisionParameters(
    IReadOnlyList<double> Weights,
    double Bias,
    double Threshold,
    double MeanCosine,
    double SemanticFloor,
    double SubjectMinCoverage)
{
    /// <summary>Used when data/ has no decision.json: the lexical rule the engine had before fitting
    /// (coverage of about half the question), meaning as a weak second signal.</summary>
    public static DecisionParameters Default { get; } = new([0, 1, -2, 1, -2, 0, 12, -2, 0], -0.5, 0.5, 0.45, 0.6, 0.2);
}
