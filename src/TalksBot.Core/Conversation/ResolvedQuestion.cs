namespace TalksBot.Core.Conversation;

/// <summary>A message made standalone against its conversation.</summary>
/// <param name="Question">What to ask the engine: the message itself, or its rewriting with the conversation's speaker or topic.</param>
/// <param name="InContext">True when <paramref name="Question"/> took something from the conversation.</param>
/// <param name="Continuation">"what did he say next", "anything else": what to leave out and show first.</param>
/// <param name="OwnSpeaker">The speaker the message named itself ("and Podolyak?") when it took only a topic from the conversation.</param>
public sealed record ResolvedQuestion(string Question, bool InContext, ContinuationKind Continuation, string? OwnSpeaker = null)
{
    /// <summary>For <see cref="ContinuationKind.Statement"/>: words that would answer the message ("because", "provided").</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>For <see cref="ContinuationKind.Statement"/>: the shown statement the message asks about, when not the
    /// first one of the last answer.</summary>
    public Query.Citation? Statement { get; init; }

    /// <summary>The last speaker a pronoun of the message stood for ("did he trust …"), if one did.</summary>
    public string? PronounSpeaker { get; init; }

    /// <summary>The words of an elliptical "military force?" that keeps the last speaker: of the citations holding one
    /// of them, those on the last statement's data topics come first.</summary>
    public IReadOnlyList<string> ThreadWords { get; init; } = [];

    /// <summary>The actors of a party the message named by a word the data holds as no speaker ("did the russians agree?").</summary>
    public IReadOnlySet<string> Party { get; init; } = new HashSet<string>();

    /// <summary>Of <see cref="Party"/>: those whose role holds the word the message named the party by ("and the Kremlin?":
    /// the Kremlin spokesman), whose words on the last statement come first when they have any.</summary>
    public IReadOnlySet<string> PartyVoices { get; init; } = new HashSet<string>();

    /// <summary>With <see cref="OwnSpeaker"/>: the message named its own topic ("and the russians about the talks?"), so
    /// that speaker's answer on it comes before their words on the last statement's topics.</summary>
    public bool OwnTopicFirst { get; init; }

    /// <summary>With <see cref="Party"/>: the message named its own topic ("the ukrainians about crimea?"), so the side's
    /// statements among the answer to <see cref="Question"/> answer it, not the side on the last statement.</summary>
    public bool PartyOnItsTopic { get; init; }

    /// <summary>For <see cref="ContinuationKind.Else"/>: only what the last statement's speaker said in its article ("what
    /// else was in that address").</summary>
    public bool SameStory { get; init; }

    /// <summary>A question with a topic but no speaker of its own, right after a person's answer: that person, and the question
    /// to ask about them (<see cref="KeptSpeakerQuestion"/>), whose answer wins when it is theirs.</summary>
    public string? KeptSpeaker { get; init; }

    public string? KeptSpeakerQuestion { get; init; }

    public static ResolvedQuestion Standalone(string question) => new(question, false, ContinuationKind.None);
}
