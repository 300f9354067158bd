using System.ComponentModel.DataAnnotations;

namespace TalksBot.Core.Chat;

/// <summary>Settings of the chat router (section <c>Chat</c>).</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    /// <summary>Citations per reply; the rest are behind "More quotes".</summary>
    [Range(1, 10)]
    public int PageSize { get; set; } = 3;

    /// <summary>Longest question accepted, in characters.</summary>
    [Range(20, 4000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>How long a "More quotes" button keeps working.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan FollowUpLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Answers remembered for "More quotes" at once; the oldest is forgotten first.</summary>
    [Range(10, 1_000_000)]
    public int FollowUpCapacity { get; set; } = 10_000;

    /// <summary>A conversation's context is forgotten after this long without a message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ConversationSilence { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Turns of a conversation a follow-up is read against.</summary>
    [Range(1, 20)]
    public int ConversationTurns { get; set; } = 5;

    /// <summary>Conversations remembered at once; the one silent longest is forgotten first.</summary>
    [Range(10, 1_000_000)]
    public int ConversationCapacity { get; set; } = 10_000;
}
