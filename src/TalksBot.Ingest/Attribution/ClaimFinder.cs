using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>Reported claims and proposals: "Russia claimed that…", "the Ukrainian delegation told the
/// Russian delegation that…", "Russia has pledged to…", "…, but added that talks were still difficult", and calls on
/// someone to act: "X urged people not to trust…".</summary>
internal sealed class ClaimFinder(Lexicon lexicon, PhraseReader phrases, MentionParser parser, ActorRegistry registry)
{
    private const int MaxObjectTokens = 7;

    /// <summary>How long the object of a directive verb may be before its "to" ("urged [people not] to").</summary>
    private const int MaxDirectiveObject = 4;

    /// <summary>How many words may stand before the auxiliary of a clause reported without "that".</summary>
    private const int MaxBareSubject = 5;

    /// <summary>How many words may follow the verb that closes a reported clause ("told journalists on Wednesday").</summary>
    private const int MaxClosingTail = 6;

    private const int MinClosedClause = 4;

    /// <summary>How many words may name the speaker of a contrasting claim ("though [the Pentagon] said").</summary>
    private const int MaxContrastSubject = 5;

    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal) { "though", "although", "while", "whereas", "but" };

    private static readonly char[] QuotationMarks = ['“', '”', '"', '«', '»', '‘'];

    /// <summary>Participles whose object is a person or a name, not a clause ("telling reporters", "calling it a trick").</summary>
    private static readonly HashSet<string> ObjectParticiples = new(StringComparer.Ordinal) { "telling", "calling", "describing", "urging", "writing" };

    private static readonly HashSet<string> NotClaims = new(StringComparer.OrdinalIgnoreCase) { "called", "calls", "asked", "asks", "described" };
    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "whom", "what" };
    private static readonly HashSet<string> Commissive = new(StringComparer.OrdinalIgnoreCase) { "pledged", "promised", "vowed", "offered", "agreed", "proposed", "threatened" };

    /// <summary>"After reports surfaced that …": a phrase opened by a clause word is no speaker of the noun "reports".</summary>
    private bool OpensWithAClauseWord(string chunk) =>
        chunk.TrimStart().Split(' ', 2)[0] is var first && lexicon.ClauseWords.Contains(first.Trim(',', '.'));

    /// <summary>The first claim in sentence <paramref name="sentence"/> of <paramref name="masked"/>, if any.</summary>
    /// <param name="subject">The speaker already named in this sentence, for a claim whose subject is left out.</param>
    public (ActorDraft Speaker, int Start, int End)? Find(string masked, Range sentence, ActorDraft? subject, int basePosition)
    {
        var (from, to) = (sentence.Start.Value, sentence.End.Value);
        var tokens = Token.Split(masked, from, to);
        for (var v = 0; v < tokens.Count; v++)
        {
            var verb = tokens[v];
            if (verb.Raw.EndsWith(',') && v + 1 < tokens.Count && lexicon.ParticipleVerbs.Contains(tokens[v + 1].Word)
                && ClosedClause(masked, tokens, v, from, basePosition) is { } reporting)
            {
                // "…, the minister said, adding that …".
                return reporting;
            }

            var directive = DirectiveTo(tokens, v);
            if (verb.Raw.EndsWith(',') || !char.IsLower(verb.Raw[0])
                || (directive < 0 && (!lexicon.IsAttributionVerb(verb.Word) || NotClaims.Contains(verb.Word))))
            {
                // A capitalised "States" in "the United States" is no verb.
                continue;
            }

            var clause = directive >= 0 ? tokens[directive].Start : ClauseStart(masked, tokens, v);
            if (clause < 0 && directive < 0)
            {
                clause = BareClauseStart(tokens, v);
            }

            if (clause < 0 && directive < 0 && ClosedClause(masked, tokens, v, from, basePosition) is { } closed)
            {
                return closed;
            }

            if (clause < 0 || clause >= to || masked[clause] is '“' or '"' or '‘' or '\'')
            {
                continue;
            }

            ActorDraft? speaker;
            int start;
            if (phrases.IsElidedSubject(masked, from, verb.Start))
            {
                (speaker, start) = (subject, directive >= 0 ? verb.Start : clause);
            }
            else if (phrases.Backward(masked, from, verb.Start) is { } np && !OpensWithAClauseWord(np.Chunk) && !InRelativeClause(tokens, np.Start)
                && !(directive >= 0 && InSubordinateClause(tokens, np.Start)) && parser.Parse(np.Chunk, np.Appositive) is { } mention)
            {
                (speaker, start) = (registry.Resolve(mention, basePosition + np.Start), np.Start);
            }
            else
            {
                continue;
            }

            if (speaker is null)
            {
                continue;
            }

            var end = IsInfinitive(tokens, v) || directive >= 0 ? InfinitiveEnd(masked, clause, to) : ContrastEnd(tokens, clause, to);
            while (end > start && char.IsWhiteSpace(masked[end - 1]))
            {
                end--;
            }

            // "• Russia said …": a live blog's bullet is no part of the claim.
            while (start < end && (masked[start] is '•' or '▪' or '◦' || char.IsWhiteSpace(masked[start])))
            {
                start++;
            }

            return end > start ? (speaker, start, end) : null;
        }

        return null;
    }

    /// <summary>"“…,” said Medinsky, adding the two sides had also raised …": after the quotes of a sentence, a participle of
    /// saying that carries a clause of its own (not an object: "telling", "calling", "describing") reports more of the quote's
    /// speaker; the claim is that clause, past a "that". Null when there is none or it quotes again.</summary>
    public (int Start, int End)? AfterQuote(string masked, Range sentence, int quotesEnd)
    {
        var tokens = Token.Split(masked, quotesEnd, sentence.End.Value);
        var at = tokens.FindIndex(t => lexicon.ParticipleVerbs.Contains(t.Word) && !ObjectParticiples.Contains(t.Word));
        if (at < 1 || !tokens[at - 1].Raw.EndsWith(',') || masked.AsSpan(tokens[at].Start, sentence.End.Value - tokens[at].Start).IndexOfAny(QuotationMarks) >= 0)
        {
            return null;
        }

        var clause = at + 1 < tokens.Count && tokens[at + 1].Word == "that" ? at + 2 : at + 1;
        if (tokens.Count - clause < MinClosedClause || tokens[clause].Raw.EndsWith(':'))
        {
            return null;
        }

        var end = tokens[^1].End;
        return (tokens[clause].Start, end);
    }

    /// <summary>"urged people not to trust …", "called on both sides to …": the index of the "to" after a directive verb's
    /// short object, or -1.</summary>
    private int DirectiveTo(List<Token> tokens, int v)
    {
        var verb = tokens[v].Word;
        var phrasal = v + 1 < tokens.Count && lexicon.DirectiveVerbs.Contains(verb + " " + tokens[v + 1].Word);
        if (!phrasal && !lexicon.DirectiveVerbs.Contains(verb))
        {
            return -1;
        }

        var objectStart = phrasal ? v + 2 : v + 1;
        if (objectStart + 2 < tokens.Count && tokens[objectStart].Word == "not" && tokens[objectStart + 1].Word == "to" && tokens[objectStart + 2].Word == "be")
        {
            // "who asked not to be named": the speaker's own condition, no call on anyone.
            return -1;
        }

        for (var j = objectStart; j < tokens.Count && j - objectStart <= MaxDirectiveObject; j++)
        {
            var t = tokens[j];
            if (t.Raw == "to" && j > objectStart)
            {
                return j;
            }

            // "due to", "going to", "able to" and a clause or quotation after the verb are no call to act.
            if (t.Word is "that" or "due" or "able" || t.Word.EndsWith("ing", StringComparison.Ordinal) || t.Raw.Contains('“') || t.Raw.Contains('"')
                || t.Raw[^1] is ',' or '.' or ';' or ':' || lexicon.IsAttributionVerb(t.Word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"proposals, which he said the delegation has passed on": the speech verb is inside a relative clause about
    /// something else, so what follows it is no claim of its own.</summary>
    private static bool InRelativeClause(List<Token> tokens, int phraseStart)
    {
        var before = tokens.FindLastIndex(t => t.End <= phraseStart);
        return before >= 0 && RelativeWords.Contains(tokens[before].Raw);
    }

    /// <summary>"…, as X urged both sides to …": a call told as the background of a subordinate clause of time or cause is
    /// not what the sentence reports.</summary>
    private static bool InSubordinateClause(List<Token> tokens, int phraseStart)
    {
        var before = tokens.FindLastIndex(t => t.End <= phraseStart);
        return before >= 0 && tokens[before].Word is "as" or "after" or "when" or "before" or "since" or "because" or "until" or "once" or "if"
            && char.IsLower(tokens[before].Raw[0]);
    }

    /// <summary>Where the claimed content starts: after "that" (within a short object: "told the Russian
    /// delegation that"), or at a commissive verb's "to".</summary>
    private int ClauseStart(string masked, List<Token> tokens, int v)
    {
        if (IsInfinitive(tokens, v))
        {
            return tokens[v + 1].Start;
        }

        for (var j = v + 1; j < tokens.Count && j - v <= MaxObjectTokens; j++)
        {
            var t = tokens[j];
            if (t.Word == "that")
            {
                var clause = t.End;
                while (clause < masked.Length && char.IsWhiteSpace(masked[clause]))
                {
                    clause++;
                }

                return clause;
            }

            if (t.Raw.EndsWith(',') || t.Raw.EndsWith('.') || t.Raw.Contains('x') && t.Raw.Contains('“') || lexicon.IsAttributionVerb(t.Word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"He also said NATO allies would continue …": where a clause reported without "that" starts right after
    /// the verb (past a day: "said Tuesday the…"), shown to be a clause by a finite auxiliary within a few words; or -1.</summary>
    private int BareClauseStart(List<Token> tokens, int v)
    {
        if (!lexicon.BareClauseVerbs.Contains(tokens[v].Word) || tokens[v].Word is "told" or "tells" || !char.IsLetter(tokens[v].Raw[^1]))
        {
            return -1;
        }

        var j = v + 1;
        if (j < tokens.Count && lexicon.CalendarWords.Contains(tokens[j].Word) && char.IsLetter(tokens[j].Raw[^1]))
        {
            j++;
        }

        if (j >= tokens.Count || lexicon.ClauseOpenersNot.Contains(tokens[j].Word) || tokens[j].Word == "that" || !char.IsLetter(tokens[j].Raw[0]))
        {
            return -1;
        }

        if (tokens.Skip(j).Any(t => t.Raw.IndexOfAny(QuotationMarks) >= 0))
        {
            // A sentence that quotes is carried by its quotation.
            return -1;
        }

        for (var k = j; k < tokens.Count && k - j <= MaxBareSubject; k++)
        {
            if (lexicon.FiniteAuxiliaries.Contains(tokens[k].Word) && (k > j || tokens[k].Word.Contains('’') || tokens[k].Word.Contains('\'')))
            {
                return tokens[j].Start;
            }

            if (!char.IsLetterOrDigit(tokens[k].Raw[^1]) || lexicon.IsAttributionVerb(tokens[k].Word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Progress in the talks would pave the way for …, Erdoğan told the delegations.", "It is impossible to restore
    /// …, said Atroshenko.": a clause with no quotation closed by a speaker and a speech verb (either order), with at most a
    /// short object or time after them, or an "adding …" that goes on reporting. The claim is the whole sentence.</summary>
    private (ActorDraft Speaker, int Start, int End)? ClosedClause(string masked, List<Token> tokens, int v, int from, int basePosition)
    {
        if (!lexicon.BareClauseVerbs.Contains(tokens[v].Word) || masked.AsSpan(from, tokens[^1].End - from).IndexOfAny(QuotationMarks) >= 0)
        {
            return null;
        }

        var beforeVerb = masked.AsSpan(from, tokens[v].Start - from).TrimEnd();
        var inverted = beforeVerb.Length > 0 && beforeVerb[^1] == ',';
        var np = inverted ? phrases.Forward(masked, tokens[v].End, tokens[^1].End) : phrases.Backward(masked, from, tokens[v].Start);
        if (np is null || OpensWithAClauseWord(np.Chunk))
        {
            return null;
        }

        var clauseEnd = from + (inverted ? beforeVerb : masked.AsSpan(from, np.Start - from).TrimEnd()).Length;
        var tailFrom = inverted ? tokens.FindIndex(t => t.Start >= np.Start + np.Chunk.Length) : v + 1;
        var tail = tailFrom < 0 ? [] : tokens[tailFrom..];
        var reportsOn = tail.Count > 0 && lexicon.ParticipleVerbs.Contains(tail[0].Word) && tokens[tailFrom - 1].Raw.EndsWith(',');
        if (clauseEnd <= from || masked[clauseEnd - 1] != ',' || (!reportsOn && (tail.Count > MaxClosingTail || tail.Exists(t => t.Word == "that" || lexicon.IsAttributionVerb(t.Word)))))
        {
            return null;
        }

        var clause = tokens.Where(t => t.End <= clauseEnd).ToList();
        // The closing attribution shows that the words before it are reported; an opening "In a statement," does not.
        if (clause.Count < MinClosedClause || lexicon.ClauseOpenersNot.Contains(clause[0].Word)
            || parser.Parse(np.Chunk, np.Appositive) is not { } mention
            || registry.Resolve(mention, basePosition + np.Start) is not { } speaker)
        {
            return null;
        }

        var start = clause[0].Start + lexicon.DatelineLength(masked[clause[0].Start..clauseEnd]);
        return (speaker, start, tokens[^1].End);
    }

    /// <summary>"X said it had noted withdrawals, though the Pentagon said it could not corroborate the reports": a claim
    /// ends before a contrasting clause that reports someone else's words, which is a claim of its own.</summary>
    private int ContrastEnd(List<Token> tokens, int clause, int to)
    {
        for (var i = tokens.FindIndex(t => t.Start >= clause); i >= 0 && i + 2 < tokens.Count; i++)
        {
            var punctuated = tokens[i].Raw[^1] is ',' or ';';
            // "… but emergency services said …" needs no comma before "but".
            if ((punctuated || tokens[i + 1].Raw is "but" or "whereas") && ContrastWords.Contains(tokens[i + 1].Raw)
                && tokens.Skip(i + 2).Take(MaxContrastSubject + 1).Any(t => char.IsLower(t.Raw[0]) && lexicon.BareClauseVerbs.Contains(t.Word)))
            {
                return punctuated ? tokens[i].End - 1 : tokens[i].End;
            }
        }

        return to;
    }

    private static bool IsInfinitive(List<Token> tokens, int v) =>
        v + 1 < tokens.Count && tokens[v + 1].Word == "to" && Commissive.Contains(tokens[v].Word);

    /// <summary>An infinitive claim ("has pledged to de-escalate …") ends before a following ", as …" clause.</summary>
    private int InfinitiveEnd(string masked, int from, int to)
    {
        var tokens = Token.Split(masked, from, to);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Raw.EndsWith(',') && lexicon.ClauseWords.Contains(tokens[i + 1].Word))
            {
                return tokens[i].End - 1;
            }
        }

        return to;
    }
}
