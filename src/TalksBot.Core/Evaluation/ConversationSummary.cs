using System.Globalization;

namespace TalksBot.Core.Evaluation;

/// <summary>The figures of the conversations of one run: follow-up turns right, turns that name their
/// own subject right, and how many of those the conversation changed.</summary>
public sealed record ConversationSummary(int Conversations, int FollowUps, int FollowUpsRight, int OwnSubject, int OwnSubjectRight, int ChangedByContext)
{
    public static ConversationSummary Of(IReadOnlyList<IReadOnlyList<TurnOutcome>> conversations)
    {
        var turns = conversations.SelectMany(c => c).ToList();
        return new(
            conversations.Count,
            turns.Count(t => t.Turn.FollowUp),
            turns.Count(t => t.Turn.FollowUp && t.Outcome.Right),
            turns.Count(t => !t.Turn.FollowUp),
            turns.Count(t => !t.Turn.FollowUp && t.Outcome.Right),
            turns.Count(t => t.ChangedByContext));
    }

    public double FollowUpShare => FollowUps == 0 ? 1 : (double)FollowUpsRight / FollowUps;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Conversations} conversations: follow-up turns right {FollowUpsRight}/{FollowUps} ({FollowUpShare:P1}), turns naming their own subject right {OwnSubjectRight}/{OwnSubject}, changed by context {ChangedByContext}/{OwnSubject}");
}
