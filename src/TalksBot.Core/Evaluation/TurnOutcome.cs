namespace TalksBot.Core.Evaluation;

/// <summary>How one turn of a labelled conversation scored.</summary>
/// <param name="ChangedByContext">For a turn that names its own subject: its reply in the conversation differs from its reply asked alone.</param>
public sealed record TurnOutcome(EvalOutcome Outcome, bool ChangedByContext)
{
    public EvalQuestion Turn => Outcome.Question;
}
