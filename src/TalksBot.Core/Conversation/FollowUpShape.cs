namespace TalksBot.Core.Conversation;

/// <summary>The shape of a message read as a possible follow-up: elliptical ("and the Pentagon?"), a continuation ("what
/// did he say next"), a bare question word ("why?"), a request for more, a correction ("no i meant …"), a question about
/// a dispute, the other side or the occasion of the last statement. English function words only; names come from the
/// data.</summary>
internal static class FollowUpShape
{
    internal static readonly HashSet<string> OpeningCues = ["and", "or", "but", "so", "also", .. MessageReading.CueWords];
    private static readonly HashSet<string> NextWords = ["next", "then", "afterwards"];

    /// <summary>"what did he say right before that", "and earlier?": the statements before the last one.</summary>
    private static readonly HashSet<string> PreviousWords = ["before", "earlier", "previously", "beforehand"];
    private static readonly HashSet<string> BareQuestionWords = ["why", "when", "where", "how"];

    /// <summary>The words that may follow the question word of a bare "why?" ("why not", "how come", "when was that",
    /// "why did he say that"); any other word makes it a question of its own ("how many people died").</summary>
    private static readonly HashSet<string> BareQuestionRest =
        ["not", "come", "so", "exactly", "tho", "though", "then", "is", "was", "were", "are", "did", "does", "do", "would",
         "say", "said", "that", "this", "it", "he", "she", "they", "him", "her", "them"];

    /// <summary>Messages asking for the next page of the last answer.</summary>
    private static readonly HashSet<string> MoreRequests =
        ["more", "more please", "more pls", "show more", "show me more", "tell me more", "give me more", "more quotes", "next page",
         "keep going", "go on", "continue", "next", "and"];

    /// <summary>Words that may stand around "more" in a request for more of the same ("ok more", "any more quotes?", "did he
    /// say more", "more from him?", "show me more please"); any other word asks something of its own ("more on Crimea").</summary>
    private static readonly HashSet<string> AroundMore =
        ["ok", "okay", "and", "so", "please", "pls", "plz", "show", "give", "tell", "me", "us", "any", "anything", "some", "quotes",
         "quote", "on", "that", "this", "from", "him", "her", "them", "he", "she", "they", "say", "said", "did", "does", "is", "was",
         "there", "the", "a", "bit", "little", "can", "could", "you", "i", "want", "see", "get", "got", "of", "his", "their"];

    private static readonly HashSet<string> DisputeWords =
        ["disagree", "disagreed", "disagrees", "dispute", "disputed", "disputes", "challenge", "challenged", "contest", "contested",
         "contradict", "contradicted", "rebut", "rebutted", "pushback", "counter", "countered"];

    private static readonly HashSet<string> AroundDispute =
        ["did", "does", "do", "was", "is", "has", "have", "had", "been", "anyone", "anybody", "someone", "somebody", "who", "any", "that",
         "it", "this", "the", "claim", "with", "him", "her", "them", "so", "and", "but", "ok", "push", "pushed", "back", "by", "there",
         "on", "ever"];

    private static readonly HashSet<string> ReplyWords =
        ["responding", "respond", "responded", "response", "reacting", "react", "reacted", "reaction", "replying", "reply", "replied",
         "answering", "rebutting", "countering"];

    private static readonly HashSet<string> AroundReply =
        ["what", "whom", "who", "which", "was", "is", "were", "are", "did", "does", "he", "she", "they", "it", "that", "this", "to", "in",
         "a", "the", "so", "and", "ok", "exactly", "again", "then", "statement", "claim", "remark", "remarks", "comment", "comments"];

    private static readonly HashSet<string> CorrectionOpeners = ["no", "nah", "nope", "sorry", "oops", "i", "meant", "mean", "actually"];

    private static readonly HashSet<string> Determiners = ["that", "this", "the", "same", "his", "her", "their"];

    /// <summary>Nouns for the occasion a statement was made on, or the report of it.</summary>
    private static readonly HashSet<string> OccasionNouns =
        ["address", "speech", "interview", "briefing", "remarks", "statement", "post", "tweet", "video", "message", "article", "piece", "report", "story"];

    private static readonly HashSet<string> OtherWords = ["other", "opposing", "opposite"];

    private static readonly HashSet<string> SideWords = ["side", "sides", "party", "camp", "team", "delegation"];

    /// <param name="lastSpeaker">Who the last answer quoted first: "more from Biden?" after Biden asks for more of the same.</param>
    internal static bool AsksForMore(string text, string? lastSpeaker = null)
    {
        var request = text.Trim().TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
        var words = Text.Tokenizer.Tokenize(request).Select(t => t.Word).ToList();
        var name = Text.Tokenizer.Tokenize(lastSpeaker ?? "").Select(t => t.Word.ToLowerInvariant()).ToHashSet();
        return MoreRequests.Contains(request) || (words.Contains("more") && words.All(w => w == "more" || AroundMore.Contains(w) || name.Contains(w)));
    }

    /// <summary>"what about Crimea?", "and the Pentagon?", "Crimea?": opens with a cue word, or is a
    /// few words without a question word of its own. A whole question after the cue ("and what did the
    /// delegation propose?", "so is there a referendum") is not.</summary>
    internal static bool IsElliptical(MessageReading own)
    {
        var words = own.AfterOpening(OpeningCues);
        if (words.Count == 0)
        {
            return own.Tokens.Count > 0;
        }

        var first = words[0].Word;
        var second = words.Count > 1 ? words[1].Word : "";
        if (first is "what" or "how" && second is "about" or "of")
        {
            return true;
        }

        // "anything positive at all": short once its function words are left out.
        return !IsAuxiliary(first) && !MessageReading.IsQuestionWord(first)
            && (words.Count < own.Tokens.Count || words.Count <= 3 || words.Count(w => !w.IsFunctionWord) <= 2);
    }

    /// <summary>"what did he say next", "anything else": a continuation of the last speaker. A message naming another
    /// speaker is not one ("what else did Medinsky say" after Kirby), nor "next" or "then" before a noun ("the next day"),
    /// nor a closing "then" of a question that asks no saying ("and what's his role then").</summary>
    internal static ContinuationKind ContinuationOf(MessageReading own, string? lastSpeaker, IReadOnlySet<string> speechVerbs)
    {
        if (own.Speaker is not null && !string.Equals(own.Speaker, lastSpeaker, StringComparison.OrdinalIgnoreCase))
        {
            return ContinuationKind.None;
        }

        var words = own.Tokens;
        var asksSaying = own.AfterOpening(OpeningCues).Count <= 2 || own.Tokens.Any(t => speechVerbs.Contains(t.Word));
        // Only closing the message: "before it invaded", "earlier this week", "earlier about Crimea" ask something else.
        if (asksSaying && words.Count > 0 && (PreviousWords.Contains(words[^1].Word) && words[^1].Word != "before"
                || words.Count > 1 && words[^2].Word == "before" && words[^1].Word is "that" or "this" or "then"))
        {
            return ContinuationKind.Previous;
        }

        bool Continues(int i) => MessageReading.ContinuationWords.Contains(words[i].Word)
            && (i + 1 == words.Count || words[i + 1].IsFunctionWord) && (words[i].Word != "then" || asksSaying);
        var at = Enumerable.Range(0, words.Count).Where(Continues).ToList();
        return at.Count == 0 ? ContinuationKind.None
            : at.Any(i => NextWords.Contains(words[i].Word)) ? ContinuationKind.Next
            : ContinuationKind.Else;
    }

    /// <summary>"is he still on the team", "when is it happening": after the coverage's day. "why can't they … now" asks a reason it may give.</summary>
    internal static bool AsksBeyond(MessageReading own) => own.QuestionWord != "why" && own.HasWord(MessageReading.BeyondWords);

    /// <summary>"who said that (originally)", "which one was it", "who exactly", "who interviewed him": the last
    /// statement's provenance.</summary>
    internal static bool AsksWhoSaidIt(MessageReading own, bool pointsAtTopic, bool pointsAtSpeaker) =>
        (pointsAtTopic && own.QuestionWord is "who" or "when" or "where" or "which")
        || (own.QuestionWord == "who" && (own.Tokens.Count <= 2 || (pointsAtSpeaker && own.Tokens.Count <= 3)));

    internal static bool AsksSomething(string text, MessageReading own) =>
        text.Contains('?', StringComparison.Ordinal) || own.Tokens.Any(t => MessageReading.IsQuestionWord(t.Word))
        || own.AfterOpening(OpeningCues) is [var first, ..] && IsAuxiliary(first.Word);

    internal static bool IsAuxiliary(string word) =>
        word is "did" or "does" or "do" or "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "can" or "could" or "should";

    /// <summary>"how many?", "how much exactly", "so how many then": a count of what was just said, with no word of its own.</summary>
    internal static bool AsksOnlyHowMany(MessageReading own)
    {
        var words = own.Tokens.Select(t => t.Word).Where(w => !OpeningCues.Contains(w)).ToList();
        return words is ["how", "many" or "much", ..] && words.Skip(2).All(BareQuestionRest.Contains);
    }

    /// <summary>"did anyone disagree?", "was that disputed", "any pushback?": who contested the last statement ("who else
    /// doubted it" asks for others who did the same).</summary>
    internal static bool AsksWhoDisputed(MessageReading own) =>
        own.Tokens.Any(t => DisputeWords.Contains(t.Word) || t.Word == "push") && own.Tokens.All(t => DisputeWords.Contains(t.Word) || AroundDispute.Contains(t.Word));

    private static readonly HashSet<string> BeliefWords = ["believe", "believed", "buy", "bought", "trust", "trusted", "convinced"];

    private static readonly HashSet<string> Anyone = ["anyone", "anybody", "someone", "somebody"];

    /// <summary>"who responded to that?", "who reacted to it", "did anyone believe him?": who answered the last statement, nothing
    /// else asked.</summary>
    internal static bool AsksWhoAnswered(MessageReading own) =>
        (own.QuestionWord == "who" && own.Tokens.Any(t => ReplyWords.Contains(t.Word))
            && own.Tokens.All(t => ReplyWords.Contains(t.Word) || AroundReply.Contains(t.Word) || AroundDispute.Contains(t.Word)))
        || (own.Tokens.Any(t => Anyone.Contains(t.Word)) && own.Tokens.Any(t => BeliefWords.Contains(t.Word))
            && own.Tokens.All(t => BeliefWords.Contains(t.Word) || AroundReply.Contains(t.Word) || AroundDispute.Contains(t.Word)));

    /// <summary>"what was he responding to", "in response to what?", "what is he reacting to": a message of nothing but a word of
    /// replying and words around it.</summary>
    internal static bool AsksWhatItAnswers(MessageReading own)
    {
        var words = own.Tokens.Select(t => t.Word).ToList();
        var reply = words.FindIndex(ReplyWords.Contains);
        if (reply < 0 || own.QuestionWord == "who" || !words.TrueForAll(w => ReplyWords.Contains(w) || AroundReply.Contains(w)))
        {
            return false;
        }

        // "what was he responding to", "in response to what?"; not "who responded to that", "what was the reaction to this".
        var after = words[(reply + 1)..];
        var byTheLastSpeaker = words.Take(reply).Any(w => w is "he" or "she" or "they" or "it");
        return (byTheLastSpeaker && after is ["to"] or ["to", "what" or "whom"]) || (reply > 0 && words[reply - 1] == "in" && after is ["to", "what" or "whom"]);
    }

    /// <summary>"no i meant the russian head of delegation", "sorry, I meant Crimea": the text after "meant" that corrects
    /// the last question; null for any other message, or one that points at "the other" one.</summary>
    internal static string? Correction(string text, MessageReading own)
    {
        var at = own.Tokens.ToList().FindIndex(t => t.Word is "meant" or "mean");
        return at >= 0 && at + 1 < own.Tokens.Count && own.Tokens.Take(at).All(t => CorrectionOpeners.Contains(t.Word))
            && !own.Tokens.Skip(at + 1).Any(t => t.Word is "other" or "else")
                ? text[own.Tokens[at + 1].Start..].Trim().TrimEnd('.', '!', '?').Trim()
                : null;
    }

    /// <summary>"what else was in that address", "anything else from the same interview": the occasion of the last statement.</summary>
    internal static bool PointsAtOccasion(MessageReading own) =>
        own.Tokens.Zip(own.Tokens.Skip(1)).Any(pair => Determiners.Contains(pair.First.Word) && OccasionNouns.Contains(pair.Second.Word));

    /// <summary>"what did the other side say", "and the opposing camp?": the counterpart of the last speaker's side.</summary>
    internal static bool AsksTheOtherSide(MessageReading own) =>
        own.Tokens.Zip(own.Tokens.Skip(1)).Any(pair => OtherWords.Contains(pair.First.Word) && SideWords.Contains(pair.Second.Word));

    /// <summary>The question word of "why?", "but why", "how come", "why is that", "when was that"; any
    /// why/when/where/how question that names no speaker and no topic.</summary>
    internal static string? BareQuestionWord(MessageReading own)
    {
        var words = own.Tokens.Select(t => t.Word).Where(w => !OpeningCues.Contains(w)).ToList();
        return words.Count > 0 && BareQuestionWords.Contains(words[0]) && words.Skip(1).All(BareQuestionRest.Contains) ? words[0] : null;
    }
}
