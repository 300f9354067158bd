using TalksBot.Core.Chat;

namespace TalksBot.Core.Evaluation;

/// <summary>How the bot's reply to one labelled question scored.</summary>
/// <param name="Right">Answered with a fitting citation, or declined, as the label asks.</param>
/// <param name="Verbatim">Every citation shown is a verbatim span of its article's paragraph.</param>
public sealed record EvalOutcome(EvalQuestion Question, Reply Reply, bool Right, bool Verbatim);
