using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>The outlet chain: "via Reuters", "the New York Times reported", "according to the state-run
/// RIA news agency", "told the BBC".</summary>
internal sealed class OutletCues(Lexicon lexicon, PhraseReader phrases)
{
    private const int MaxChannelModifiers = 3;

    private static readonly HashSet<string> WeakReportVerbs = new(StringComparer.Ordinal) { "cited", "cites", "quoted", "quotes" };

    /// <summary>Words that may follow a channel noun that ends its phrase ("on television that…", "on radio and…").</summary>
    private static readonly HashSet<string> ChannelFollowers = new(StringComparer.Ordinal) { "that", "and", "on", "in", "at", "as", "about", "the", "when", "while", "after", "before" };

    private static readonly HashSet<string> GenericChannelLeads = new(StringComparer.Ordinal) { "on", "via", "through", "over" };

    /// <summary>Words after which "to" names whom words were addressed to: "in a statement to the state television".</summary>
    private static readonly HashSet<string> AddressedWords = new(StringComparer.Ordinal) { "statement", "statements", "interview", "remarks", "speaking", "spoke", "talking", "talked" };

    /// <summary>Words before a channel phrase that are not part of its name ("on [state television]", "in a [tweet]").</summary>
    private static readonly HashSet<string> ChannelLeads = new(StringComparer.Ordinal) { "on", "in", "via", "through", "to", "by", "a", "an", "the", "its", "his", "her", "their", "from", "over" };

    /// <summary>Names the text itself marks as outlets, anywhere in a paragraph.</summary>
    public IEnumerable<string> Names(string p, MentionParser parser)
    {
        var tokens = Token.Split(p, 0, p.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Outlet(p, tokens, i, p.Length, parser, onlyMarked: true) is { } mention)
            {
                yield return mention.Name;
            }
        }
    }

    /// <summary>The first outlet the text between <paramref name="from"/> and <paramref name="to"/> reports through.</summary>
    public ActorMention? Via(string p, int from, int to, MentionParser parser)
    {
        var tokens = Token.Split(p, from, to);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Outlet(p, tokens, i, to, parser, onlyMarked: false) is { } mention)
            {
                return mention;
            }
        }

        return null;
    }

    private ActorMention? Outlet(string p, List<Token> tokens, int i, int to, MentionParser parser, bool onlyMarked)
    {
        if (Channel(tokens, i) is { } channel)
        {
            return channel;
        }

        var word = tokens[i].Word;
        NounPhrase? phrase = null;
        var marked = false;
        if (word == "via")
        {
            phrase = phrases.Forward(p, tokens[i].End, to);
            marked = true;
        }
        else if (lexicon.ReportVerbs.Contains(word) && i > 0)
        {
            phrase = phrases.Backward(p, tokens[0].Start, tokens[i].Start);

            // "X reported" makes X an outlet; "X cited" or "X quoted" does only when X is already one.
            marked = !WeakReportVerbs.Contains(word);
        }
        else if (i > 0 && ((word == "with" && tokens[i - 1].Word is "interview" or "interviews")
            || (word == "to" && tokens[i - 1].Word is "speaking" or "spoke" or "talking" or "talked")))
        {
            // "during an interview with Ukrainian news channel X", "speaking to Radio X": an outlet only if named as one.
            phrase = phrases.Forward(p, tokens[i].End, to);
        }
        else if (word is "carried" or "published" or "broadcast" && i + 1 < tokens.Count && tokens[i + 1].Word == "by")
        {
            // "in a statement carried by the official MAP news agency": an outlet only if named as one.
            phrase = UpToOutletNoun(phrases.Forward(p, tokens[i + 1].End, to));
        }
        else if (word == "according" && i + 1 < tokens.Count && tokens[i + 1].Word == "to")
        {
            phrase = phrases.Forward(p, tokens[i + 1].End, to);
            // "…, according to Xinhua.": a wire service the words came through, not a source.
            marked = phrase is not null && parser.IsWireService(phrase.Chunk);
        }
        else if (word is "told" or "tells" or "telling" && i + 1 < tokens.Count)
        {
            phrase = UpToOutletNoun(phrases.Forward(p, tokens[i].End, to));
            if (phrase is not null && IsAcronym(phrase.Chunk))
            {
                marked = true;
            }
        }

        if (phrase is null || !phrase.Chunk.Any(char.IsUpper) || lexicon.ClauseWords.Contains(phrase.Chunk.ToLowerInvariant()))
        {
            return null;
        }

        var mention = parser.Parse(phrase.Chunk);
        if (mention is null || mention.Kind is MentionKind.Pronoun or MentionKind.Title or MentionKind.Group)
        {
            return null;
        }

        if (mention.Kind == MentionKind.Outlet || parser.IsOutletName(mention.Name))
        {
            return mention with { Kind = MentionKind.Outlet, Name = StripArticle(mention.Name) };
        }

        return marked && (onlyMarked || mention.Kind == MentionKind.Proper)
            ? new ActorMention(MentionKind.Outlet, phrase.Chunk, StripArticle(mention.Name), null, null, ActorKind.Outlet)
            : null;
    }

    /// <summary>A channel the words came through: "in a tweet" (Twitter), "on Telegram", "on state television",
    /// "broadcast on Ukrainian national television", "on social media". A generic channel noun counts only where
    /// its phrase ends ("a television interview" is an interview).</summary>
    private ActorMention? Channel(List<Token> tokens, int i)
    {
        var channels = lexicon.Data.Channels;
        var first = i;
        string? key = null;
        if (i > 0 && !EndsWord(tokens[i - 1]) && channels.ContainsKey(tokens[i - 1].Word + " " + tokens[i].Word))
        {
            (key, first) = (tokens[i - 1].Word + " " + tokens[i].Word, i - 1);
        }
        else if (channels.ContainsKey(tokens[i].Word))
        {
            key = tokens[i].Word;
        }

        if (key is null)
        {
            return null;
        }

        if (channels[key] is { Length: > 0 } named)
        {
            return new ActorMention(MentionKind.Outlet, tokens[i].Raw, named, null, null, ActorKind.Outlet);
        }

        if (!EndsWord(tokens[i]) && i + 1 < tokens.Count && !ChannelFollowers.Contains(tokens[i + 1].Word))
        {
            return null;
        }

        var start = first;
        while (start > 0 && first - start < MaxChannelModifiers && !EndsWord(tokens[start - 1]) && !ChannelLeads.Contains(tokens[start - 1].Word)
            && !lexicon.IsAttributionVerb(tokens[start - 1].Word))
        {
            start--;
        }

        if (start == 0 || !LeadsToAChannel(tokens, tokens[start - 1].Word is "the" or "a" ? start - 2 : start - 1))
        {
            // "said on state television", "broadcast on national radio"; not "an address shared to social media".
            return null;
        }

        var name = string.Join(' ', tokens[start..(i + 1)].Select(t => t.Raw.Trim(',', '.', ';', ':', ')', '(', '“', '”', '"')));
        return new ActorMention(MentionKind.Outlet, name, name, null, null, ActorKind.Outlet);
    }

    /// <summary>"on", "via" … before a channel; "told Ukrainian television", "said in a statement to the state television" too.</summary>
    private static bool LeadsToAChannel(List<Token> tokens, int lead) =>
        lead >= 0 && (GenericChannelLeads.Contains(tokens[lead].Word) || tokens[lead].Word is "told" or "tells"
            || (tokens[lead].Word == "to" && lead > 0 && AddressedWords.Contains(tokens[lead - 1].Word)));

    private static bool EndsWord(Token t) => t.Raw.Length > 0 && t.Raw[^1] is ',' or '.' or ';' or ':' or ')' or '—';

    /// <summary>"told the TASS news agency the process had been …": the phrase ends with the outlet noun.</summary>
    private NounPhrase? UpToOutletNoun(NounPhrase? phrase)
    {
        if (phrase is null)
        {
            return null;
        }

        var words = phrase.Chunk.Split(' ');
        var end = Array.FindIndex(words, 1, w => lexicon.OutletNouns.Contains(w.ToLowerInvariant()));
        while (end >= 0 && end + 1 < words.Length && lexicon.OutletNouns.Contains(words[end + 1].ToLowerInvariant()))
        {
            end++;
        }

        // Not "the state-run news agency OSTA", whose name follows the noun.
        return end > 0 && end + 1 < words.Length && !Text.Words.IsCapitalized(words[end + 1])
            ? phrase with { Chunk = string.Join(' ', words[..(end + 1)]), Appositive = null }
            : phrase;
    }

    /// <summary>"told the BBC", "telling BBC Newshour", "told RIA state media": an acronym names an outlet, not a person.</summary>
    private static bool IsAcronym(string chunk) =>
        chunk.Split(' ').Any(w => w.Trim(',', '.', ';', ':') is { Length: >= 2 } word && word.All(c => char.IsUpper(c) || c == '-'));

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
