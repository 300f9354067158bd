using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>What the bot says, without any platform's markup. Adapters render it (embed, Block Kit,
/// plain text) and own escaping, mention safety and length limits. All strings here are plain text
/// taken from the data or written by Core; none is raw user input.</summary>
public sealed record Reply(ReplyKind Kind, string Text)
{
    /// <summary>The citations shown on this page, best first.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>1-based number of the first citation on this page within the whole answer.</summary>
    public int FirstCitationNumber { get; init; } = 1;

    /// <summary>How many citations the whole answer has (this page and the others).</summary>
    public int TotalCitations { get; init; }

    /// <summary>Rows of a listing (speakers, sources, quotes of a person).</summary>
    public IReadOnlyList<ReplyItem> Items { get; init; } = [];

    /// <summary>Questions or commands the user could try next (plain text).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>The "More quotes" follow-up, when more citations exist than this page shows.</summary>
    public FollowUp? More { get; init; }

    /// <summary>What a 👍/👎 on this reply rates; set on the first page of an answer or abstention.</summary>
    public Feedback.RatedAnswer? Rating { get; init; }

    /// <summary>Help and errors are meant for the asker only (ephemeral where the platform supports it).</summary>
    public bool IsPrivate => Kind is ReplyKind.Help or ReplyKind.Error;
}
