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

    public AttributionCue? Before(string p, int from, int to)
    {
        var tokens = Token.Split(p, from, to);
        var v = tokens.FindLastIndex(IsCueVerb);
        if (v < 0)
        {
            return null;
        }

        var tail = tokens[(v + 1)..];
        if (tail.Count > MaxTail || tail.Any(t => t.Raw.EndsWith(';') || (t.Raw.EndsWith('.') && !lexicon.Abbreviations.Contains(t.Raw))))
        {
            return null;
        }

        return Subject(p, from, tokens[v], to);
    }

    /// <summary>A quote woven further into a sentence ("X said the situation "…" and that "…""): the last
    /// attribution verb before it in the sentence, outside quotations (<paramref name="masked"/>), with no comma between.</summary>
    public AttributionCue? Governing(string masked, int from, int to)
    {
        var tokens = Token.Split(masked, from, to);
        var v = tokens.FindLastIndex(IsCueVerb);
        if (v < 0 || tokens[v..].Exists(t => t.Raw.EndsWith(',') || t.Raw.EndsWith(';')))
        {
            // Past a comma the quote hangs on an adjunct ("…, in order to “…”"), not on the verb's own clause.
            return null;
        }

        return Subject(masked, from, tokens[v], to);
    }

    public bool HasCueVerb(string masked, int from, int to) => Token.Split(masked, from, to).Exists(IsCueVerb);

    private bool IsCueVerb(Token t) => lexicon.IsAttributionVerb(t.Word) || lexicon.ParticipleVerbs.Contains(t.Word);

    private AttributionCue? Subject(string p, int from, Token verb, int to)
    {
        var via = outlets.Via(p, verb.Start, to, parser);
        if (lexicon.ParticipleVerbs.Contains(verb.Word) || phrases.IsElidedSubject(p, from, verb.Start))
        {
            return new AttributionCue(null, verb.Start, via);
        }

        var np = phrases.Backward(p, from, verb.Start);
        var mention = np is null ? null : parser.Parse(np.Chunk, np.Appositive);
        return mention is null ? null : new AttributionCue(mention, np!.Start, via);
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
            return Forward(p, first.End, to);
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

        return new AttributionCue(mention, np.Start, outlets.Via(p, tokens[v].Start, to, parser), isReport);
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
