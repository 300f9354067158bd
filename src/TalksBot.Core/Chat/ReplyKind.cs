namespace TalksBot.Core.Chat;

public enum ReplyKind
{
    /// <summary>The coverage answers the question; the reply carries citations.</summary>
    Answer,

    /// <summary>The coverage does not answer it; the reply says what can be asked instead.</summary>
    NoAnswer,

    /// <summary>A listing (speakers, sources), carried in <see cref="Reply.Items"/>.</summary>
    List,

    /// <summary>Usage help. Shown privately where the platform can.</summary>
    Help,

    /// <summary>The input could not be used (empty, unknown command, expired button). Shown privately where the platform can.</summary>
    Error,
}
