namespace TalksBot.Core.Conversation;

/// <summary>How a follow-up continues the last answer.</summary>
public enum ContinuationKind
{
    None,

    /// <summary>"anything else", "what else did he say": statements not shown yet.</summary>
    Else,

    /// <summary>"what did he say next", "and then?": the statements after the last answer's first one, in article order.</summary>
    Next,
}
