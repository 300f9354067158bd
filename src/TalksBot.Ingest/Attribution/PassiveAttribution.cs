using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>"The sides will not sign anything. This was stated by X.": a sentence that attributes the one before it.</summary>
internal sealed class PassiveAttribution(Lexicon lexicon, PhraseReader phrases, MentionParser parser)
{
    /// <summary>A sentence shorter than this (a dateline, a crosshead) is not what "this" refers back to.</summary>
    private const int MinSentenceWords = 5;

    /// <summary>Who "This was stated by X." names, or null when <paramref name="sentence"/> is not such a sentence.</summary>
    public ActorMention? Stater(string masked, Range sentence)
    {
        var (from, to) = (sentence.Start.Value, sentence.End.Value);
        var tokens = Token.Split(masked, from, to);
        if (tokens.Count < 5 || tokens[0].Word is not ("this" or "that" or "it") || tokens[1].Word is not ("was" or "is" or "has" or "had"))
        {
            return null;
        }

        var verb = tokens[2].Word == "been" ? 3 : 2;
        return verb + 2 < tokens.Count && lexicon.PassiveVerbs.Contains(tokens[verb].Raw) && tokens[verb + 1].Raw == "by"
            && phrases.Forward(masked, tokens[verb + 2].Start, to) is { } np ? parser.Parse(np.Chunk, np.Appositive) : null;
    }

    /// <summary>A sentence "this" can stand for: prose of some length with no quotation and no attribution of its own.</summary>
    public bool IsPlain(string masked, Range sentence)
    {
        var text = masked[sentence];
        var tokens = Token.Split(masked, sentence.Start.Value, sentence.End.Value);
        return tokens.Count >= MinSentenceWords && char.IsUpper(text.TrimStart()[0]) && text.IndexOfAny(['“', '"', '‘']) < 0
            && !tokens.Exists(t => lexicon.IsAttributionVerb(t.Word) || lexicon.ParticipleVerbs.Contains(t.Word) || t.Word == "according");
    }
}
