using System.ComponentModel.DataAnnotations;

namespace TalksBot.Core.Feedback;

/// <summary>Settings of 👍/👎 feedback (section <c>Feedback</c>).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>The JSON Lines file votes are appended to; a relative path is taken from the current directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "feedback.jsonl";

    /// <summary>Answers whose question is remembered in memory for a button too small to carry it.</summary>
    [Range(10, 1_000_000)]
    public int RememberedAnswers { get; set; } = 10_000;
}
