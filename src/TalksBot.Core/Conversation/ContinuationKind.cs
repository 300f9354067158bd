namespace TalksBot.Core.Conversation;

/// <summary>How a follow-up continues the last answer.</summary>
public enum ContinuationKind
{
    None,

    /// <summary>"anything else", "what else did he say": statements not shown yet.</summary>
    Else,

    /// <summary>"what did he say next", "and then?": the statements after the last answer's first one, in article order.</summary>
    Next,

    /// <summary>"what did he say right before that", "and earlier?": the statements before the last answer's first one,
    /// nearest first.</summary>
    Previous,

    /// <summary>"who reported that", "which outlet was it", "when was this": the last answer's statement again, whose
    /// citation says who said it, where and when.</summary>
    Same,

    /// <summary>"but?", "why not", "on what condition", "which cities", "was he being serious": the last answer's statement
    /// or the next ones of its speaker, the one holding the words that would answer first (<see cref="ResolvedQuestion.Cues"/>).</summary>
    Statement,

    /// <summary>"who else said that?", "anyone else say so?": other speakers' statements on the last answer's statement.</summary>
    Others,

    /// <summary>"where was he when he said that", "what channel was he on": the statement whose attribution says where or
    /// through what it was made (<see cref="StatementOccasion"/>); the last answer's statement again when none says.</summary>
    Occasion,

    /// <summary>"in the other outlet?", "how did the other paper put it?": the last statement's speaker as another outlet reported them.</summary>
    Renderings,

    /// <summary>"is that confirmed?", "did the BBC confirm it": what the last statement's article says about checking it
    /// (<see cref="StatementVerification"/>); else the statement again, saying the coverage does not tell.</summary>
    Verification,

    /// <summary>"did anyone disagree?", "any pushback?": the statements that dispute the last one; else other speakers on it.</summary>
    Disputes,

    /// <summary>"what was he responding to", "in response to what?": the statements the last one (or its speaker in its article)
    /// disputes; else the other side's on it (<see cref="Parties.OtherSide"/>); else other speakers of its article on it; else
    /// other speakers on it anywhere.</summary>
    RespondingTo,

    /// <summary>"who responded to that?", "who reacted to it": the statements that dispute the last one; else other speakers on
    /// it who are not of its speaker's country (<see cref="Parties.SideOf"/>); else other speakers on it.</summary>
    Responses,
}
