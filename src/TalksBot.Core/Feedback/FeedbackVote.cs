namespace TalksBot.Core.Feedback;

/// <summary>One recorded click, as kept in the store. <see cref="User"/> is a one-way hash of the
/// platform's user id: enough to keep one vote per person and answer, never shown.</summary>
/// <param name="Question">Null when neither the button nor this instance still knew it.</param>
public sealed record FeedbackVote(
    DateTimeOffset Time,
    string Answer,
    string User,
    Vote Vote,
    FeedbackReason? Reason,
    string? Question,
    bool Answered,
    IReadOnlyList<string> Statements,
    string Platform);
