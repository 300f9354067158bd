namespace TalksBot.Core.Conversation;

/// <summary>How a follow-up continues the last answer.</summary>
public enum ContinuationKind
{
    None,

    /// <summary>"anything else", "what else did he say": statements not shown yet.</summary>
    Else,

    /// <summary>"what did he say next", "and then?": the statements after the last answer's first one, in article order.</summary>
    Next,

    /// <summary>"who reported that", "which outlet was it", "when was this": the last answer's statement again, whose
    /// citation says who said it, where and when.</summary>
    Same,
}
