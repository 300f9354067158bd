namespace TalksBot.Core.Feedback;

/// <summary>What a 👍/👎 rates: one answer (or abstention) to one question.</summary>
/// <param name="Key">A short random id of this answer; one vote per user and key.</param>
/// <param name="Question">The question as the user asked it (sanitized).</param>
/// <param name="Answered">False when the bot declined to answer.</param>
/// <param name="StatementIds">The cited statements, "articleId/statementId", best first.</param>
public sealed record RatedAnswer(string Key, string Question, bool Answered, IReadOnlyList<string> StatementIds);
