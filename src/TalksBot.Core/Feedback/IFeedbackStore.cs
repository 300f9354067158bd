namespace TalksBot.Core.Feedback;

/// <summary>Where votes are kept. One vote counts per (answer, user): a later one replaces it.</summary>
public interface IFeedbackStore
{
    /// <summary>Where the votes are kept, for a report's first line (a file's path; never a secret).</summary>
    string Location { get; }

    /// <summary>Keeps <paramref name="vote"/> durably before returning, and returns the vote it replaces, if any.</summary>
    ValueTask<FeedbackVote?> RecordAsync(FeedbackVote vote, CancellationToken cancellationToken = default);

    /// <summary>The current vote of every (answer, user), oldest first.</summary>
    ValueTask<IReadOnlyList<FeedbackVote>> ReadVotesAsync(CancellationToken cancellationToken = default);
}
