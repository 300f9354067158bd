namespace TalksBot.Core.Knowledge;

/// <summary>When a statement found by meaning answers a question the lexical stage declined: fitted
/// on the labelled development questions by the <c>fit</c> verb and kept in data/decision.json.</summary>
/// <param name="SemanticFloor">Least cosine between question and statement.</param>
/// <param name="SemanticMinCoverage">Least share of the question's weighted words the statement must still hold.</param>
/// <param name="SemanticCandidates">How many nearest statements are considered.</param>
/// <param name="SemanticMaxUnknown">Most words the coverage lacks (not ordinary English) a question may
/// hold and still be answered by meaning: a long message carries words of its own.</param>
public sealed record DecisionParameters(double SemanticFloor, double SemanticMinCoverage, int SemanticCandidates, int SemanticMaxUnknown)
{
    /// <summary>Used when data/ has no decision.json (a data set never fitted).</summary>
    public static DecisionParameters Default { get; } = new(0.6, 0.25, 3, 0);
}
