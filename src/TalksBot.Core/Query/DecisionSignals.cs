using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Query;

/// <summary>What the answer-or-decline decision knows of one candidate statement.</summary>
/// <param name="Coverage">Share of the question's weighted words the statement holds.</param>
/// <param name="Cosine">Cosine between question and statement (the fitted mean when no model is loaded).</param>
/// <param name="UnknownShare">Share of the question's units the coverage does not know at all.</param>
/// <param name="NamesSpeaker">1 when the question names the statement's speaker (or the party it speaks for).</param>
/// <param name="FromMeaning">1 when only the semantic stage proposed the statement.</param>
/// <param name="Brevity">1 / the number of units: one word matched weighs more in a short question.</param>
/// <param name="CoverageMargin">Coverage above the share the lexical rule asks of a question this long.</param>
/// <param name="MissedKnownShare">Share of the question's weight in words the coverage has elsewhere but this
/// statement lacks: a near miss ("did the EU accept …" answered by Ukraine's EU proposal).</param>
/// <param name="YesNo">1 for a yes/no question.</param>
internal readonly record struct DecisionSignals(double Coverage, double Cosine, double UnknownShare, double NamesSpeaker, double FromMeaning,
    double Brevity, double CoverageMargin, double MissedKnownShare, double YesNo)
{
    public static readonly string[] Names =
        ["coverage", "cosine", "unknown_share", "names_speaker", "from_meaning", "brevity", "coverage_margin", "missed_known_share", "yes_no"];

    public double[] ToArray() => [Coverage, Cosine, UnknownShare, NamesSpeaker, FromMeaning, Brevity, CoverageMargin, MissedKnownShare, YesNo];

    public double Probability(DecisionParameters parameters)
    {
        var values = ToArray();
        var z = parameters.Bias;
        for (var i = 0; i < values.Length && i < parameters.Weights.Count; i++)
        {
            z += parameters.Weights[i] * values[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
