using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>Parses a noun phrase in attribution position ("Pentagon spokesman John Kirby",
/// "Vladimir Medinsky, the head of the Russian delegation", "the state-run RIA news agency") into a mention.</summary>
internal sealed class MentionParser(Lexicon lexicon, IReadOnlySet<string> knownOutlets)
{
    private const int MaxTokens = 10;

    /// <summary>A name, then a long account of what its holder is of: "Analyst Dorentina Krasniqi of the Pristina-based think tank
    /// Group for Legal and Political Studies".</summary>
    private const int MaxTokensWithWhatItIsOf = 16;
    private const int MaxNameTokens = 4;

    /// <summary>A role in an appositive can run long: "acting head of the State Emergency Service of Ukraine in Kyiv".</summary>
    private const int MaxRoleTokens = 14;

    /// <summary>Words inside a title that link it to what it is of: "Secretary of State", "Minister for Europe".</summary>
    private static readonly HashSet<string> TitleLinks = new(StringComparer.Ordinal) { "of", "for" };

    /// <summary>Prepositions after which a capitalised word is the object of a title, not a name ("envoy in Ostrania").</summary>
    private static readonly HashSet<string> NameObjectLinks = new(StringComparer.OrdinalIgnoreCase) { "in", "of", "to", "for", "at", "from", "with", "on" };

    public ActorMention? Parse(string chunk, string? appositive = null)
    {
        var tokens = Tokens(chunk);
        while (tokens.Count > 1 && (lexicon.SubjectSkipWords.Contains(tokens[0]) || lexicon.ClauseWords.Contains(tokens[0])))
        {
            // "Later the minister told": the adverb opening the sentence is no part of the speaker.
            tokens.RemoveAt(0);
        }

        if (tokens.Count is 0 or > MaxTokensWithWhatItIsOf)
        {
            return null;
        }

        if (tokens.Count == 1 && lexicon.Data.Pronouns.TryGetValue(tokens[0].ToLowerInvariant(), out var pronounKind))
        {
            return new ActorMention(MentionKind.Pronoun, chunk, tokens[0].ToLowerInvariant(), null, null,
                pronounKind == "person" ? ActorKind.Person : ActorKind.Group);
        }

        // "One European ambassador said" is "an" ambassador; "one of the negotiators" is not.
        var article = tokens[0].ToLowerInvariant() is "the" or "a" or "an" || (tokens[0].ToLowerInvariant() == "one" && tokens.Count > 2 && tokens[1] != "of")
            ? tokens[0].ToLowerInvariant() : null;
        var body = article is null ? tokens : tokens.Skip(1).ToList();
        if (body.Count == 0 || (tokens.Count > MaxTokens && NameBeforeWhatItIsOf(body) < 0))
        {
            return null;
        }

        var mention = Outlet(body, chunk) ?? Institution(body, article, chunk) ?? Person(body, chunk) ?? Title(body, chunk) ?? Group(body, article, chunk) ?? Proper(body, article, chunk);
        return appositive is null || mention is null ? mention : WithAppositive(mention, appositive);
    }

    public bool IsOutletName(string name) => knownOutlets.Contains(Words.Compact(name));

    public bool IsTitleWord(string word) => lexicon.TitleWords.Contains(word);

    public bool IsOutletNoun(string word) => lexicon.OutletNouns.Contains(word);

    /// <summary>A wire service of the conventions ("Xinhua", "AFP"), an outlet when the text says words came through it.</summary>
    public bool IsWireService(string name) => lexicon.Data.WireServices.Services.Any(s => s.Forms.Any(f => Words.Compact(f) == Words.Compact(name)));

    private ActorMention? Outlet(List<string> body, string surface)
    {
        var joined = string.Join(' ', body);
        if (!body.Any(Words.IsCapitalized))
        {
            return null;
        }

        if (lexicon.OutletNouns.Contains(body[^1]) || IsOutletName(joined))
        {
            // "Ukrainian television": a generic channel named by the country it serves keeps its noun.
            var channel = lexicon.Data.Channels.TryGetValue(body[^1].ToLowerInvariant(), out var named) && named.Length == 0;
            return body.All(Words.IsCapitalized) || channel
                ? new ActorMention(MentionKind.Outlet, surface, joined, null, null)
                : new ActorMention(MentionKind.Outlet, surface, string.Join(' ', body.Where(Words.IsCapitalized)), joined, null);
        }

        // "the state-run news agency OSTA": a lower-case outlet noun, then the outlet's name.
        var noun = body.FindLastIndex(t => !Words.IsCapitalized(t) && lexicon.OutletNouns.Contains(t));
        return noun >= 0 && noun < body.Count - 1 && body[(noun + 1)..].All(t => Words.IsCapitalized(t) || t.All(char.IsDigit))
            ? new ActorMention(MentionKind.Outlet, surface, string.Join(' ', body[(noun + 1)..]), string.Join(' ', body[..(noun + 1)]), null)
            : null;
    }

    /// <summary>"the Saudi Ministry of Foreign Affairs", "the Office of the President of the Republic": a capitalised body noun, then
    /// "of" or "for" and what it is of, in capitals.</summary>
    private ActorMention? Institution(List<string> body, string? article, string surface)
    {
        var noun = body.FindIndex(t => Words.IsCapitalized(t) && lexicon.Data.GroupNouns.TryGetValue(t.ToLowerInvariant(), out var kind) && kind == "government");
        if (noun < 0 || noun + 2 >= body.Count || body[noun + 1] is not ("of" or "for") || !body[..noun].TrueForAll(Words.IsCapitalized)
            || !Words.IsCapitalized(body[^1]) || !body[(noun + 2)..].TrueForAll(t => Words.IsCapitalized(t) || t is "the" or "and" or "of" or "for")
            || EndsInATitledName(body[(noun + 2)..]))
        {
            return null;
        }

        var name = string.Join(' ', body);
        return new ActorMention(MentionKind.Group, surface, article == "the" ? "the " + name : name, null, null, ActorKind.Government);
    }

    /// <summary>"… of Europe Secretary General Marija Buric": a title, then a name of capitals only, ends the words — a person
    /// named after the institution, not part of its name ("of the President of the Republic" goes on with "of").</summary>
    private bool EndsInATitledName(List<string> words)
    {
        var title = words.FindLastIndex(lexicon.IsTitleToken);
        return title >= 0 && words.Count - title - 1 >= 2 && words[(title + 1)..].TrueForAll(IsNameToken);
    }

    private ActorMention? Person(List<string> body, string surface)
    {
        // "Analyst Dorentina Krasniqi of the Pristina-based think tank Group for Legal and Political Studies": the name comes before
        // what its holder is of, and that is part of the role.
        if (NameBeforeWhatItIsOf(body) is var of and > 0 && Person(body[..of], surface) is { } holder
            && (holder.Role is not null || NamesABody(body[(of + 1)..])))
        {
            // "Lutz Wendland of the ifo Institute in Munich": with no title, what the person is of is their role.
            return holder with { Role = holder.Role is null ? Role(body[(of + 1)..]) : holder.Role + ", " + Role(body[(of + 1)..]) };
        }

        var nameStart = body.Count;
        while (nameStart > 0 && body.Count - nameStart < MaxNameTokens
            && (IsNameToken(body[nameStart - 1]) || (nameStart < body.Count && Words.IsNameParticle(body[nameStart - 1]))))
        {
            nameStart--;
        }

        if (nameStart > 0 && body.Count - nameStart >= 2 && TitleLinks.Contains(body[nameStart - 1]))
        {
            // "Secretary of State Antony Blinken": the capitalised word after "of" completes the title.
            nameStart++;
        }

        var name = body[nameStart..];
        var lead = body[..nameStart];
        if (name.Count == 1 && lead.Count > 0 && NameObjectLinks.Contains(lead[^1]))
        {
            // "member of the negotiating team in Ostrania": one capitalised word after a preposition is what the title is of,
            // not the holder's name.
            return null;
        }

        if (lead.Count > 0 && lead[^1].ToLowerInvariant() is "the" or "a" or "an")
        {
            // "envoy to the UN", "director of the Japan Meteorological Agency": capitalised words after an article are an
            // institution, not a person.
            return null;
        }

        var rankStart = lead.Count;
        while (rankStart > 0 && (lexicon.Ranks.Contains(lead[rankStart - 1]) || lexicon.Honorifics.Contains(lead[rankStart - 1])))
        {
            rankStart--;
        }

        var role = lead[..rankStart];
        var rank = lead[rankStart..];
        var roleHasTitle = role.Any(t => lexicon.TitleWords.Contains(t.TrimEnd('’', '\'', 's')) || lexicon.IsTitleToken(t));
        if (name.Count == 0 || (name.Count == 1 && !roleHasTitle && rank.Count == 0))
        {
            return null;
        }

        if (role.Count > 0 && !roleHasTitle && role.Count > 2)
        {
            return null;
        }

        var militaryRank = rank.Where(lexicon.Ranks.Contains).ToList();
        return new ActorMention(
            MentionKind.Person,
            surface,
            string.Join(' ', name),
            roleHasTitle ? Role(role) : null,
            rank.Count > 0 ? string.Join(' ', rank) : null)
        {
            RankRole = !roleHasTitle && militaryRank.Count > 0 ? string.Join(' ', [.. role, .. militaryRank]) : null,
        };
    }

    /// <summary>"the ifo Institute in Munich", "the University of Oslo": words that name an institution by a capitalised noun of the
    /// conventions' <c>institution_nouns</c>.</summary>
    private bool NamesABody(List<string> words) =>
        words.Exists(t => Words.IsCapitalized(t) && lexicon.InstitutionNouns.Contains(t));

    /// <summary>Where "of", "from" or "at" follows a name of two or more words that a title (or, for a name opening the words, an
    /// institution after it) goes before, or -1.</summary>
    private int NameBeforeWhatItIsOf(List<string> body)
    {
        for (var start = 0; start < body.Count - 3; start++)
        {
            var end = start;
            while (end < body.Count && end - start < MaxNameTokens && IsNameToken(body[end]))
            {
                end++;
            }

            if (end - start >= 2 && end < body.Count - 1 && body[end] is "of" or "from" or "at"
                && (body[..start].Any(t => lexicon.TitleWords.Contains(t) || lexicon.IsTitleToken(t)) || (start == 0 && NamesABody(body[(end + 1)..])))
                && body.Skip(end + 1).Take(3).Any(Words.IsCapitalized))
            {
                return end;
            }
        }

        return -1;
    }

    private ActorMention? Title(List<string> body, string surface) =>
        body.Any(lexicon.TitleWords.Contains)
            ? new ActorMention(MentionKind.Title, surface, string.Join(' ', body), string.Join(' ', body), null)
            : null;

    private ActorMention? Group(List<string> body, string? article, string surface)
    {
        if (!lexicon.Data.GroupNouns.TryGetValue(body[^1].ToLowerInvariant(), out var kind))
        {
            return null;
        }

        var name = article == "the" ? "the " + string.Join(' ', body) : string.Join(' ', body);
        var actorKind = kind switch
        {
            "delegation" => ActorKind.Delegation,
            "government" => ActorKind.Government,
            _ => ActorKind.Group,
        };
        return new ActorMention(MentionKind.Group, surface, name, null, null, actorKind);
    }

    /// <summary>Prepositions that open a sentence's place or time, never a name: "In Bogor, …".</summary>
    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.Ordinal) { "In", "At", "On", "From", "For", "By", "With", "After", "During" };

    /// <summary>Articles opening a sentence: "The Japanese prime minister told …" names no one called "The".</summary>
    private static readonly HashSet<string> OpeningArticles = new(StringComparer.Ordinal) { "The", "A", "An" };

    private static ActorMention? Proper(List<string> body, string? article, string surface)
    {
        if (body.Count > 3 || !body.All(Words.IsCapitalized) || OpeningPrepositions.Contains(body[0]))
        {
            return null;
        }

        var name = string.Join(' ', body);
        return new ActorMention(MentionKind.Proper, surface, article == "the" ? "the " + name : name, null, null, ActorKind.Government);
    }

    private ActorMention WithAppositive(ActorMention mention, string appositive)
    {
        var tokens = Tokens(appositive);
        if (mention.Kind == MentionKind.Title && Parse(appositive) is { Kind: MentionKind.Person } person)
        {
            return person with { Role = mention.Role, Surface = mention.Surface + ", " + appositive };
        }

        if (tokens.Count > 0 && tokens[0].ToLowerInvariant() is "who" or "which" or "whose" or "that")
        {
            // ", who also serves as …," is a clause about the person, not a role.
            return mention;
        }

        // "Analyst Kamila Ostrowska, of Warsaw's Centre for Eastern Studies,": where the person is from completes the role.
        if (mention is { Kind: MentionKind.Person, Role: not null } && tokens.Count is > 1 and <= MaxRoleTokens && tokens[0] is "of" or "from"
            && tokens.Skip(1).Any(Words.IsCapitalized))
        {
            return mention with { Role = mention.Role + ", " + Role(tokens[1..]) };
        }

        if (mention.Kind is MentionKind.Person or MentionKind.Proper && tokens.Count is > 0 and <= MaxRoleTokens
            && (tokens[0].ToLowerInvariant() is "the" or "a" or "an" || tokens.Any(lexicon.TitleWords.Contains)))
        {
            // "Iranian diplomat Hossein Rahmanifar, member of the negotiating team,": a bare title after a titled name adds to it.
            var added = mention.Role is not null && tokens[0].ToLowerInvariant() is not ("the" or "a" or "an") && lexicon.TitleWords.Contains(tokens[0]);
            return mention with { Kind = MentionKind.Person, Role = added ? mention.Role + ", " + Role(tokens) : mention.Role ?? Role(tokens) };
        }

        return mention;
    }

    /// <summary>A role as written, without the article or the words that rank the person rather than name the office
    /// that open it (", another top envoy to the water board" is the role "envoy to the water board"), up to a relative clause.</summary>
    private string Role(List<string> tokens)
    {
        var start = 0;
        while (start < tokens.Count - 1 && (tokens[start].ToLowerInvariant() is "the" or "a" or "an" || lexicon.RoleStandingWords.Contains(tokens[start])))
        {
            start++;
        }

        // "a deputy head of the presidential office who was part of the delegation": the clause is about the person, not the office
        // (lower case: "a spokesman for the WHO" is an organisation).
        var end = tokens.Count > start + 1 ? tokens.FindIndex(start + 1, t => t is "who" or "which" or "whose") : -1;
        // "state secretary travelling with the delegation": a participle and its preposition say what the person was doing.
        // Not "head of marketing for the company": after a preposition or article the -ing word is a noun.
        var doing = tokens.Count > start + 2 ? tokens.FindIndex(start + 1, tokens.Count - start - 2,
            t => t.EndsWith("ing", StringComparison.Ordinal) && t.Length > 4 && char.IsLower(t[0])) : -1;
        if (doing > 0 && (NameObjectLinks.Contains(tokens[doing - 1]) || tokens[doing - 1].ToLowerInvariant() is "the" or "a" or "an"))
        {
            doing = -1;
        }

        if (doing > 0 && NameObjectLinks.Contains(tokens[doing + 1]) && (end < 0 || doing < end))
        {
            end = doing;
        }

        return string.Join(' ', tokens.Skip(start).Take((end < 0 ? tokens.Count : end) - start));
    }

    public bool IsNameToken(string token) =>
        Words.IsCapitalized(token) && !OpeningPrepositions.Contains(token) && !OpeningArticles.Contains(token) && !lexicon.IsTitleToken(token) && !lexicon.OutletNouns.Contains(token) && !lexicon.CalendarWords.Contains(token)
        && !lexicon.Data.GroupNouns.ContainsKey(token.ToLowerInvariant()) && !token.EndsWith("’s", StringComparison.Ordinal)
        && !token.EndsWith("'s", StringComparison.Ordinal);

    private List<string> Tokens(string chunk) =>
        [.. chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim(',', ';', ':', '(', ')', '“', '”', '"'))
            .Select(t => t.EndsWith('.') && !lexicon.Abbreviations.Contains(t) && !(t.Length == 2 && char.IsUpper(t[0])) ? t.TrimEnd('.') : t)
            .Where(t => t.Any(char.IsLetterOrDigit))];
}
