using TalksBot.Core.Index;

namespace TalksBot.Core.Conversation;

/// <summary>Short messages about the last statement itself rather than a topic: where it was made, whose it is ("says who",
/// "was that Kirby or Biden"), whether it is a direct quote, what it was about, and whether the matter it speaks of has a date. Each reads
/// the message's words after its opening cue ("and", "so", "ok"). Only general English patterns.</summary>
internal static class StatementQuestions
{
    /// <summary>Words that ask who a statement is from ("says who", "according to whom", "source?").</summary>
    private static readonly HashSet<string> SourceWords = ["who", "whom", "whose", "source", "sources", "src"];

    private static readonly HashSet<string> AroundSource =
        ["says", "said", "say", "according", "to", "via", "per", "by", "exactly", "the", "pls", "please", "of", "that", "this", "its", "whats"];

    private static readonly HashSet<string> QuotedWords = ["direct", "exact", "verbatim", "actual"];

    private static readonly HashSet<string> AroundQuoted =
        ["quote", "quoted", "quotes", "words", "word", "is", "was", "are", "were", "that", "this", "those", "these", "it", "a", "the", "his", "her",
         "their", "for", "really"];

    /// <summary>The date or time of the matter talked about, asked as "is there a date".</summary>
    private static readonly HashSet<string> MatterDetails = ["date", "time", "timeline", "timeframe", "deadline", "day"];

    private static readonly HashSet<string> AroundMatterDetail =
        ["is", "are", "has", "have", "was", "any", "did", "no", "there", "a", "been", "set", "fixed", "yet", "they", "he", "she", "give", "name",
         "agreed", "for", "it", "that"];

    /// <summary>Words of a statement that looks ahead to something ("the meeting would be followed by one …").</summary>
    private static readonly string[] AheadWords = [.. Query.TimeCue.FutureWords, "would", "shall", "might", "going to", "plan", "plans", "followed by"];

    private static readonly HashSet<string> ByOr = ["was", "is", "that", "it", "this", "so", "and", "the", "who", "which", "one"];

    /// <summary>The last turn's question to ask again, continued as the message asks about its statement: where it was made
    /// (<see cref="StatementOccasion"/>), the date of its matter, whose it is or whether it quotes, what it was about; null
    /// when the message asks none of these.</summary>
    public static ResolvedQuestion? Resolve(MessageReading own, IReadOnlyList<string> words, KnowledgeIndex index, string lastQuestion)
    {
        if (StatementOccasion.Asks(own, index))
        {
            return new ResolvedQuestion(lastQuestion, true, ContinuationKind.Occasion);
        }

        if (DetailOfTheMatter(words) is { } detail)
        {
            // "is there a date", "has a date been set": the date of what was talked about, not of the statement.
            return new ResolvedQuestion(lastQuestion, true, ContinuationKind.Statement) { Cues = [detail, detail + "s"] };
        }

        return AsksSource(words) || AsksIfQuoted(words) ? new ResolvedQuestion(lastQuestion, true, ContinuationKind.Same)
            : AsksAboutWhat(words) ? new ResolvedQuestion(lastQuestion, true, ContinuationKind.Statement)
            : null;
    }

    /// <summary>"when?" after a statement that looks ahead and tells no time of it: the time of what it looks ahead to, in
    /// that statement's neighbours of the same speaker (the words for a time of the vocabulary); null when the statement
    /// tells a time or looks back ("when?" then asks when it was said).</summary>
    public static IReadOnlyList<string>? TimeAhead(KnowledgeIndex index, Query.Citation last)
    {
        var times = index.Vocabulary.AnswerTypes.GetValueOrDefault("when", []).Where(w => w != "may").ToList();
        return Text.WholeWords.HoldsAny(last.Quote, AheadWords) && !Text.WholeWords.HoldsAny(last.Quote, times) ? times : null;
    }

    /// <summary>The index of the last turn that showed statements, or -1.</summary>
    public static int LastShowing(IReadOnlyList<ConversationTurn> history)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Shown.Count > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"which outlet ran that", "source?": a question about a statement's provenance with no speaker or topic of its own.</summary>
    public static bool AsksOnlyItsProvenance(MessageReading own) =>
        own.Speaker is null && own.HasWord(MessageReading.StatementWords) && own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 1;

    /// <summary>"says who", "via who?", "according to whom", "source pls": who the last statement is from.</summary>
    private static bool AsksSource(IReadOnlyList<string> words) =>
        words.Count > 0 && words.Any(SourceWords.Contains) && words.All(w => SourceWords.Contains(w) || AroundSource.Contains(w));

    /// <summary>"is that a direct quote?", "are those his exact words", "verbatim?": whether the last statement quotes its speaker.</summary>
    private static bool AsksIfQuoted(IReadOnlyList<string> words) =>
        words.Count <= 7 && words.Any(QuotedWords.Contains) && words.All(w => QuotedWords.Contains(w) || AroundQuoted.Contains(w));

    /// <summary>"about what?", "on what", "what was that about": what the last statement was about, in its words.</summary>
    private static bool AsksAboutWhat(IReadOnlyList<string> words) =>
        words.Where(w => w is not ("exactly" or "tho" or "though")).ToList()
            is ["about" or "on" or "regarding" or "re", "what" or "which"] or ["what" or "which", "about"] or ["what" or "which", "was", "that" or "it", "about"];

    /// <summary>The word of "is there a date", "has a date been set", "any timeline": a yes/no question for a date or time
    /// of the matter talked about; null for "what date was that" (the statement's own).</summary>
    private static string? DetailOfTheMatter(IReadOnlyList<string> words)
    {
        var detail = words.FirstOrDefault(MatterDetails.Contains);
        return detail is not null && words.Count <= 5 && words[0] is "is" or "are" or "has" or "have" or "was" or "any" or "did" or "no"
            && words.All(w => w == detail || AroundMatterDetail.Contains(w))
            ? detail : null;
    }

    /// <summary>"was that Kirby or Biden", "kirby or biden?": two people joined by "or", one of them the last statement's speaker,
    /// and nothing else asked.</summary>
    public static bool NamesItAmongTwo(MessageReading own, KnowledgeIndex index, string lastSpeaker)
    {
        var matches = new List<Text.ConceptMatch>();
        index.Matcher.Match([.. own.Tokens], matches);
        var actors = matches.Where(m => index.ActorsByConcept.ContainsKey(m.Concept)).OrderBy(m => m.Start).ToList();
        if (actors.Count != 2 || !actors.Exists(m => string.Equals(index.ActorsByConcept[m.Concept].Name, lastSpeaker, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var between = own.Tokens.Skip(actors[0].Start + actors[0].Length).Take(actors[1].Start - actors[0].Start - actors[0].Length).Select(t => t.Word).ToList();
        var rest = own.Tokens.Where((t, i) => !actors.Exists(m => m.Start <= i && i < m.Start + m.Length)).Select(t => t.Word).Except(between);
        return between is ["or"] && rest.All(ByOr.Contains);
    }
}
