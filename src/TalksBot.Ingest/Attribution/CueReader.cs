using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>Reads the attribution before a quote ("Kirby also noted that “…”", "he said, “…”") and after
/// it ("“…,” Pentagon spokesman John Kirby said", "“…,” said Kirby", "“…,” the New York Times reported").</summary>
internal sealed class CueReader(Lexicon lexicon, PhraseReader phrases, MentionParser parser, OutletCues outlets)
{
    /// <summary>Words allowed between a verb and the quote it introduces ("called [the talks]", "told [reporters on Tuesday] that").</summary>
    private const int MaxTail = 8;

    /// <summary>How far after a quote the attribution verb may stand ("Russian Deputy Defense Minister Col. Gen. Alexander Fomin said").</summary>
    private const int MaxPostVerbToken = 14;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "on", "at", "during", "via", "through", "after", "before", "from" };

    public AttributionCue? Before(string p, int from, int to)
    {
        var tokens = Token.Split(p, from, to);

        var last = tokens.FindLastIndex(IsCueVerb);
        if (last >= 0 && NearEnough(tokens, last) && QuotedAsSaying(p, from, tokens[last]) is { } quoted)
        {
            return quoted;
        }

        // The outermost verb near enough speaks: "Halm said Veldoria proposed a treaty “…”" is Halm's quote.
        var first = tokens.FindIndex(IsCueVerb);
        if (first >= 0 && NearEnough(tokens, first) && Subject(p, from, tokens[first], to) is { } outer)
        {
            return outer;
        }

        // "Aydemir insisted that Ankara had proposed corridors … and would “…”": the quote hangs on a verb coordinated with the
        // inner verb of saying, not on it; the outer verb's clause, longer than usual, speaks.
        if (first >= 0 && first < last && HangsOnACoordinatedVerb(tokens, last) && LinksTo(tokens, first) && NearEnough(tokens, first, MaxTail * 2)
            && Subject(p, from, tokens[first], to) is { } reporting)
        {
            return reporting;
        }

        return last >= 0 && NearEnough(tokens, last) ? Subject(p, from, tokens[last], to) : AccordingTo(p, tokens, to);
    }

    /// <summary>"According to X, a spokesman for …: “…”" and "According to X, “…”": no verb, and the one it is according to
    /// speaks, when the phrase runs up to the quote with no sentence stop between.</summary>
    private AttributionCue? AccordingTo(string p, List<Token> tokens, int to)
    {
        var at = tokens.FindLastIndex(t => t.Word == "according");
        if (at < 0 || at + 2 >= tokens.Count || tokens[at + 1].Word != "to" || !(tokens[^1].Raw.EndsWith(':') || tokens[^1].Raw.EndsWith(','))
            || tokens[(at + 2)..^1].Exists(t => t.Raw.EndsWith(';') || t.Raw.EndsWith(':') || (t.Raw.EndsWith('.') && !lexicon.Abbreviations.Contains(t.Raw))))
        {
            return null;
        }

        return Forward(p, tokens[at + 1].End, to);
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "would", "will", "could", "can", "had", "has", "was", "is", "were" };

    /// <summary>"… had proposed corridors from Mariupol and would “…”": after the verb, "and" or "but" and an auxiliary.</summary>
    private static bool HangsOnACoordinatedVerb(List<Token> tokens, int verb)
    {
        var and = tokens.FindIndex(verb + 1, t => t.Word is "and" or "but");
        return and > verb && and + 1 < tokens.Count && Auxiliaries.Contains(tokens[and + 1].Word);
    }

    /// <summary>At most <paramref name="reach"/> words and no sentence or clause stop between the verb and the quote.</summary>
    private bool NearEnough(List<Token> tokens, int verb, int reach = MaxTail)
    {
        var tail = tokens[(verb + 1)..];
        return tail.Count <= reach && !tail.Exists(t => t.Raw.EndsWith(';') || (t.Raw.EndsWith('.') && !lexicon.Abbreviations.Contains(t.Raw)));
    }

    /// <summary>A quote woven further into a sentence ("X said the situation “…” and that “…”"): the outermost
    /// attribution verb before it in the sentence, outside quotations (<paramref name="masked"/>), whose clause reaches it.</summary>
    public AttributionCue? Governing(string masked, int from, int to) => FirstSpeaker(masked, from, to, linked: true);

    /// <summary>The subject of the first speech verb in the sentence that has one; with <paramref name="linked"/>, only
    /// a verb whose clause reaches <paramref name="to"/>.</summary>
    public AttributionCue? FirstSpeaker(string masked, int from, int to, bool linked)
    {
        var tokens = Token.Split(masked, from, to);
        for (var v = 0; v < tokens.Count; v++)
        {
            // The outermost speech verb speaks ("X said Russia's claims that … “…”" is X's); past a comma the quote
            // hangs on an adjunct ("…, in order to “…”") unless a "that" picks the clause up again.
            // "a buyer, who asked not to be named, said …": a verb of the relative clause is not the one the quote hangs on
            // when another follows.
            if (IsCueVerb(tokens[v]) && !(v > 0 && tokens[v - 1].Word == "who" && tokens.Skip(v + 1).Any(IsCueVerb))
                && (!linked || LinksTo(tokens, v)) && Subject(masked, from, tokens[v], to) is { } cue)
            {
                return cue;
            }
        }

        return null;
    }

    private static bool LinksTo(List<Token> tokens, int verb)
    {
        var comma = tokens.FindLastIndex(t => t.Raw.EndsWith(',') || t.Raw.EndsWith(';'));
        return comma < verb || tokens.FindIndex(comma, t => t.Word == "that") > comma;
    }

    public bool HasCueVerb(string masked, int from, int to) => Token.Split(masked, from, to).Exists(IsCueVerb);

    /// <summary>A verb of saying in lower case: "States" of "The United States said" is a name.</summary>
    private bool IsCueVerb(Token t) => (lexicon.IsAttributionVerb(t.Word) || lexicon.ParticipleVerbs.Contains(t.Word)) && !char.IsUpper(t.Raw.TrimStart('(', '“', '"')[0]);

    private AttributionCue? Subject(string p, int from, Token verb, int to)
    {
        var via = outlets.Via(p, verb.Start, to, parser);
        if (QuotedAsSaying(p, from, verb) is { } quoted)
        {
            return quoted;
        }

        if (lexicon.ParticipleVerbs.Contains(verb.Word) || phrases.IsElidedSubject(p, from, verb.Start))
        {
            return new AttributionCue(null, verb.Start, via, Verb: verb.Word);
        }

        var np = phrases.Backward(p, from, verb.Start);
        if (np is not null && Token.Split(p, np.Start, verb.Start) is [var lead, ..] && Prepositions.Contains(lead.Raw) && np.Start > from)
        {
            // "X, in a tweet, said" and "X in a tweet said": the speaker stands before the prepositional phrase.
            np = phrases.Backward(p, from, np.Start) ?? np;
        }

        // "A European diplomat who was part of the negotiations told RVN News: “…”": the speaker stands before the relative clause.
        if (Token.Split(p, from, verb.Start).FindLast(t => t.Word == "who") is { } who
            && (np is null || (np.Start > who.Start && parser.Parse(np.Chunk, np.Appositive) is null && ItPronoun(np) is null))
            && phrases.Backward(p, from, who.Start) is { } before && parser.Parse(before.Chunk, before.Appositive) is { } described)
        {
            return new AttributionCue(described, before.Start, via, Verb: verb.Word);
        }

        if (np is null)
        {
            return null;
        }

        if (np.Appositive is { } appositive && appositive.StartsWith("citing ", StringComparison.Ordinal)
            && parser.Parse(appositive["citing ".Length..]) is { } source && parser.Parse(np.Chunk) is { } outlet)
        {
            // "RIA, citing the Russian delegation, said": the delegation speaks through RIA.
            return new AttributionCue(source, np.Start, outlet with { Kind = MentionKind.Outlet });
        }

        var mention = parser.Parse(np.Chunk, np.Appositive) ?? TrailingName(np) ?? ItPronoun(np);
        return mention is null ? null : new AttributionCue(mention, np.Start, via, Verb: verb.Word);
    }

    /// <summary>"Interfax quoted Dmitry Peskov as saying …", "the agency cited the adviser as saying …": the person quoted speaks,
    /// through the outlet that quoted them.</summary>
    private AttributionCue? QuotedAsSaying(string p, int from, Token verb)
    {
        var tokens = Token.Split(p, from, verb.Start);
        var report = tokens.FindLastIndex(t => t.Word is "quoted" or "cited");
        if (!lexicon.ParticipleVerbs.Contains(verb.Word) || tokens is not [.., { Word: "as" } asWord] || report < 0 || report + 2 >= tokens.Count
            || parser.Parse(p[tokens[report + 1].Start..asWord.Start].Trim().TrimEnd(',')) is not { Kind: not MentionKind.Outlet } speaker)
        {
            return null;
        }

        // The words are the quoted person's; they came through the reporter only when that is an outlet or a name that may be one
        // ("Kommersant"), not a person or a pronoun ("Mara Lind quoted Peskov as saying").
        var reporter = phrases.Backward(p, from, tokens[report].Start) is { } np ? parser.Parse(np.Chunk) : null;
        var outlet = reporter is { Kind: MentionKind.Outlet or MentionKind.Proper } || (reporter is not null && parser.IsWireService(reporter.Name))
            ? reporter! with { Kind = MentionKind.Outlet }
            : null;
        return new AttributionCue(speaker, tokens[report + 1].Start, outlet, Verb: verb.Word);
    }

    /// <summary>"… a day after it vowed it would “…”": "it" before a speech verb, which only a nation named just before can
    /// be (the analyzer decides); no general pronoun, so "it" stands for nobody anywhere else.</summary>
    private static ActorMention? ItPronoun(NounPhrase np) =>
        string.Equals(np.Chunk, "it", StringComparison.OrdinalIgnoreCase) && np.Appositive is null
            ? new ActorMention(MentionKind.Pronoun, np.Chunk, "it", null, null, ActorKind.Government)
            : null;

    /// <summary>"Speaking to journalists on Wednesday Mykhailo Podoliak, …, said": the name that ends a longer phrase.</summary>
    private ActorMention? TrailingName(NounPhrase np)
    {
        var words = np.Chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && parser.IsNameToken(words[start - 1].Trim(',', '(', ')')))
        {
            start--;
        }

        return words.Length - start >= 2 && start > 0
            ? parser.Parse(string.Join(' ', words[start..]), np.Appositive) is { Kind: MentionKind.Person } person ? person : null
            : null;
    }

    public AttributionCue? After(string p, int from, int to)
    {
        var tokens = Token.Split(p, from, to).SkipWhile(t => t.Word.Length == 0).ToList();
        if (tokens.Count < 2)
        {
            return null;
        }

        var first = tokens[0];
        if (lexicon.SpeechVerbs.Contains(first.Word) && first.Word is not ("told" or "tells"))
        {
            return Forward(p, first.End, to) is { } cue ? cue with { Verb = first.Word } : null;
        }

        if (first.Word == "according" && tokens[1].Word == "to")
        {
            return Forward(p, tokens[1].End, to);
        }

        var v = tokens.FindIndex(0, Math.Min(MaxPostVerbToken, tokens.Count), t => lexicon.IsAttributionVerb(t.Word));
        if (v <= 0)
        {
            return null;
        }

        var np = phrases.Backward(p, first.Start, tokens[v].Start);
        if (np is null || np.Start != first.Start || parser.Parse(np.Chunk, np.Appositive) is not { } mention)
        {
            return null;
        }

        var isReport = lexicon.ReportVerbs.Contains(tokens[v].Word);
        if (isReport && mention.Kind is MentionKind.Proper or MentionKind.Person)
        {
            mention = mention with { Kind = MentionKind.Outlet };
        }

        return new AttributionCue(mention, np.Start, outlets.Via(p, tokens[v].Start, to, parser), isReport, tokens[v].Word);
    }

    private AttributionCue? Forward(string p, int from, int to)
    {
        var np = phrases.Forward(p, from, to);
        if (np is null || parser.Parse(np.Chunk, np.Appositive) is not { } mention)
        {
            return null;
        }

        return new AttributionCue(mention, np.Start, outlets.Via(p, np.Start + np.Chunk.Length, to, parser));
    }
}
