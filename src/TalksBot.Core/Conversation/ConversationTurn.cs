using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>One answered (or declined) question of a conversation, as the next message may refer to it.</summary>
/// <param name="Question">The question the engine was asked (the follow-up after it was made standalone).</param>
/// <param name="Speaker">Whom the question or, failing that, its first citation was about, if anyone.</param>
/// <param name="SpeakerIsPerson">True when <paramref name="Speaker"/> is one person ("he", "she"), false for a party ("they").</param>
/// <param name="Topic">The question's own words other than its speaker, question words and verbs of saying.</param>
/// <param name="Shown">Citations shown so far for this question.</param>
/// <param name="MoreCommand">The command of its "More quotes" page, while there is one.</param>
public sealed record ConversationTurn(
    string Question,
    string? Speaker,
    bool SpeakerIsPerson,
    string Topic,
    IReadOnlyList<Citation> Shown,
    string? MoreCommand);
