namespace TalksBot.Core.Query;

/// <summary>Receives every candidate the decision weighs, with the answer citing it would give:
/// the <c>fit</c> verb labels them right or wrong and fits the model on them.</summary>
internal sealed class DecisionTrace
{
    public List<(DecisionSignals Signals, Answer Answer)> Candidates { get; } = [];
}
