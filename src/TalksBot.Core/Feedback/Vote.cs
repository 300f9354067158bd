namespace TalksBot.Core.Feedback;

/// <summary>A rating of one answer: 👍 or 👎.</summary>
public enum Vote
{
    Up,
    Down,
}
