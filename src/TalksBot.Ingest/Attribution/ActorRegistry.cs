using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>Resolves mentions to the article's actors: full names introduce people, later surnames,
/// titles and pronouns refer back to them, and every actor is matched against the corpus.</summary>
internal sealed class ActorRegistry(CorpusIndex corpus, MentionParser parser)
{
    private static readonly ActorKind[] KindOrder = [ActorKind.Outlet, ActorKind.Government, ActorKind.Delegation, ActorKind.Group, ActorKind.Person];

    /// <summary>The pronoun an honorific implies.</summary>
    private static readonly Dictionary<string, string> HonorificPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr"] = "he", ["Mr."] = "he", ["Sir"] = "he", ["Lord"] = "he",
        ["Mrs"] = "she", ["Mrs."] = "she", ["Ms"] = "she", ["Ms."] = "she", ["Miss"] = "she", ["Dame"] = "she", ["Lady"] = "she",
    };

    public static string? PronounOf(string honorific) => HonorificPronouns.GetValueOrDefault(honorific);

    private static readonly HashSet<string> RoleLinks = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "of", "for", "to", "and", "in" };

    private readonly List<ActorDraft> _drafts = [];

    /// <summary>Titles the text used before anyone holding them was named.</summary>
    private readonly List<string> _unclaimedTitles = [];

    /// <summary>Tells a single name that is a person's ("Lavrov said") from a place's or institution's ("Russia said").</summary>
    public Func<string, bool>? IsPersonName { get; set; }

    private ActorDraft? _publisher;

    public ActorDraft Publisher(string name)
    {
        var draft = Outlet(new ActorMention(MentionKind.Outlet, name, name, null, null));
        draft.Role ??= "publisher";
        draft.Referenced = true;
        return _publisher = draft;
    }

    /// <summary>The outlet actor of the wire service credited for the story, under its full name with its short forms as
    /// aliases, or null when the publisher is that service itself.</summary>
    public ActorDraft? Wire(WireService service, string role, ActorDraft publisher)
    {
        var forms = service.Forms.Select(Words.Compact).ToHashSet(StringComparer.Ordinal);
        var draft = _drafts.FirstOrDefault(d => d.Kind == ActorKind.Outlet && d.Aliases.Prepend(d.Name).Any(a => forms.Contains(Words.Compact(a))));
        if (draft == publisher)
        {
            return null;
        }

        if (draft is null)
        {
            var match = service.Forms.Select(f => corpus.FindNamed(ActorKind.Outlet, f)).FirstOrDefault(m => m is not null);
            draft = Add(new ActorDraft(ActorKind.Outlet, service.Name, match));
        }
        else if (draft.CorpusMatch is null)
        {
            draft.AddAlias(draft.Name);
            draft.Name = service.Name;
        }

        foreach (var alias in service.Aliases)
        {
            draft.AddAlias(alias);
        }

        draft.Role ??= role;
        draft.Referenced = true;
        return draft;
    }

    /// <summary>The actor an attribution names, creating it when new; its role is the one given at the speaker's
    /// first attribution, over a role the narrative gave earlier (a caption's, a lead's).</summary>
    public ActorDraft? Resolve(ActorMention mention, int position) => Resolve(mention, position, attributed: true);

    /// <summary>A title whose quote waited until every name was read ("Turkey's foreign minister said …" before "Mevlut Cavusoglu
    /// said …"): resolved against the whole article, but given to someone named without a title only near where it stands.</summary>
    public ActorDraft? ResolveLate(ActorMention title, int titleAt) => Resolve(title, int.MaxValue, attributed: true, titleAt);

    /// <summary>The actor a mention outside an attribution names, creating it when new.</summary>
    public ActorDraft? Spot(ActorMention mention, int position) => Resolve(mention, position, attributed: false);

    private ActorDraft? Resolve(ActorMention mention, int position, bool attributed, int? titleAt = null)
    {
        var draft = mention.Kind switch
        {
            // "The United States said": two capitalised words that are a place's name are no person's.
            MentionKind.Person when mention.Role is null && mention.Rank is null && Places.Gazetteer.Default.IsPlaceName(mention.Name)
                => Proper(mention with { Kind = MentionKind.Proper }),
            MentionKind.Person => Person(mention, attributed, position),
            MentionKind.Proper => Proper(mention),
            // "she said" is not the "Mr. Shirokov" named last.
            MentionKind.Pronoun => MostRecent(position, mention.GroupKind == ActorKind.Person
                ? d => d.Kind == ActorKind.Person && (d.Pronoun is null || mention.Name is not ("he" or "she") || d.Pronoun == mention.Name)
                : d => d.Kind is not (ActorKind.Person or ActorKind.Outlet)),
            MentionKind.Title => Title(mention, position, attributed, titleAt),
            MentionKind.Group => Group(mention),
            _ => Outlet(mention),
        };
        draft?.MentionedAt(position);
        return draft;
    }

    /// <summary>An actor already introduced under <paramref name="name"/> (a person by surname), without creating one.</summary>
    public ActorDraft? Known(string name)
    {
        var compact = Words.Compact(name);
        return _drafts.FirstOrDefault(d => d.Kind == ActorKind.Person && CorpusIndex.SameSurname(d.Surname, name))
            ?? _drafts.FirstOrDefault(d => Words.Compact(d.Name) == compact);
    }

    /// <summary>How many people introduced so far have that surname.</summary>
    public int PeopleWithSurname(string name) => _drafts.Count(d => d.Kind == ActorKind.Person && CorpusIndex.SameSurname(d.Surname, name));

    /// <summary>A person already introduced whom <paramref name="name"/>, one word, names: by surname, else by the
    /// first word of a family-name-first name ("Lee" for "Lee Hsien Loong").</summary>
    public ActorDraft? KnownPerson(string name) =>
        _drafts.FirstOrDefault(d => d.Kind == ActorKind.Person && SameInitial(d.Surname, name) && CorpusIndex.SameSurname(d.Surname, name))
        ?? _drafts.FirstOrDefault(d => d.Kind == ActorKind.Person && d.Name.Split(' ') is { Length: >= 2 } parts
            && string.Equals(parts[0], name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The person mentioned last before <paramref name="position"/> and not before <paramref name="notBefore"/>.</summary>
    public ActorDraft? RecentPerson(int position, int notBefore) =>
        _drafts.Where(d => d.Kind == ActorKind.Person).Select(d => (d, at: d.LastMentionBefore(position)))
            .Where(x => x.at >= notBefore).OrderByDescending(x => x.at).Select(x => x.d).FirstOrDefault();

    /// <summary>The first person mentioned between the two positions.</summary>
    public ActorDraft? FirstPersonBetween(int from, int to) =>
        _drafts.Where(d => d.Kind == ActorKind.Person && d.Mentions.Any(m => m >= from && m < to))
            .OrderBy(d => d.Mentions.Where(m => m >= from && m < to).Min()).FirstOrDefault();

    private static readonly HashSet<string> AcronymLinks = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "in" };

    /// <summary>"The RSF said" after "the paramilitary Rapid Support Forces": a body named by an acronym is named by the words the
    /// article spells it out with (their initials, small linking words aside), the acronym staying one of its names.</summary>
    public void SpellOutAcronyms(IReadOnlyList<string> paragraphs)
    {
        foreach (var draft in _drafts.Where(d => d.Kind is not (ActorKind.Person or ActorKind.Outlet) && d.CorpusMatch is null))
        {
            var acronym = draft.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? draft.Name[4..] : draft.Name;
            if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
            {
                continue;
            }

            if (paragraphs.Select(p => SpelledOut(p, acronym)).FirstOrDefault(n => n is not null) is { } full)
            {
                draft.AddAlias(acronym);
                draft.Name = full;
            }
        }

        // "Poland ZMPD" after "the Association of International Road Carriers in Poland (ZMPD)": the name the acronym follows
        // (read as a person's name when it speaks first, an acronym never being a surname).
        foreach (var draft in _drafts.Where(d => d.Kind != ActorKind.Outlet && d.CorpusMatch is null))
        {
            var last = draft.Name.Split(' ')[^1];
            if (last.Length is >= 2 and <= 6 && last.All(char.IsUpper)
                && paragraphs.Select(p => NamedBefore(p, last)).FirstOrDefault(n => n is not null) is { } named && named != draft.Name)
            {
                draft.AddAlias(draft.Name);
                draft.AddAlias(last);
                draft.Name = named;
            }
        }
    }

    /// <summary>The capitalised name right before "(ACRONYM)" in the paragraph (small linking words inside it), or null.</summary>
    private static string? NamedBefore(string paragraph, string acronym)
    {
        var at = paragraph.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var words = paragraph[..at].TrimEnd().Split(' ');
        var start = words.Length;
        while (start > 0 && (char.IsUpper(words[start - 1].FirstOrDefault()) || (AcronymLinks.Contains(words[start - 1]) && start < words.Length)))
        {
            start--;
        }

        while (start < words.Length && AcronymLinks.Contains(words[start].ToLowerInvariant()))
        {
            start++;
        }

        return words.Length - start >= 2 ? string.Join(' ', words[start..]) : null;
    }

    private static string? SpelledOut(string paragraph, string acronym)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            var (letter, end) = (0, start);
            while (end < words.Length && letter < acronym.Length)
            {
                var word = words[end].Trim(',', '.', ';', ':', '(', ')', '“', '”', '"');
                if (end > start && AcronymLinks.Contains(word))
                {
                    end++;
                    continue;
                }

                if (word.Length == 0 || word[0] != acronym[letter] || !char.IsUpper(word[0]))
                {
                    break;
                }

                (letter, end) = (letter + 1, end + 1);
                // Punctuation after a word ("Forces,") ends the name: the letters must come from one run of words.
                if (word != words[end - 1] && letter < acronym.Length)
                {
                    break;
                }
            }

            if (letter == acronym.Length)
            {
                return string.Join(' ', words[start..end]).Trim(',', '.', ';', ':', '(', ')', '“', '”', '"');
            }
        }

        return null;
    }

    /// <summary>The referenced actors with their final ids, ordered outlets, governments, delegations, groups, people.</summary>
    public IReadOnlyDictionary<ActorDraft, Actor> Build()
    {
        var taken = new HashSet<string>(corpus.Ids, StringComparer.Ordinal);
        var result = new Dictionary<ActorDraft, Actor>();
        var ordered = _drafts.Where(d => d.Referenced)
            .OrderBy(d => Array.IndexOf(KindOrder, d.Kind)).ThenBy(d => d.FirstMention).ThenBy(d => d.Name, StringComparer.Ordinal);
        foreach (var draft in ordered)
        {
            var id = draft.CorpusMatch?.Id ?? Unique(draft, taken);
            taken.Add(id);
            var name = draft.CorpusMatch?.Name ?? draft.Name;
            var aliases = draft.Aliases.Prepend(draft.Name)
                .Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            // The role is the one this article gives: another article's description may be out of date or another outlet's.
            result[draft] = new Actor(id, draft.Kind, name, draft.Role ?? draft.RankRole, null, aliases);
        }

        return result;
    }

    private static string Unique(ActorDraft draft, HashSet<string> taken)
    {
        var name = draft.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? draft.Name[4..] : draft.Name;
        string[] candidates = draft.Kind == ActorKind.Person ? [Slug.From(draft.Surname), Slug.From(name)] : [Slug.From(name)];
        foreach (var candidate in candidates.Where(c => c.Length > 0))
        {
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        var stem = candidates[^1].Length > 0 ? candidates[^1] : "actor";
        for (var n = 2; ; n++)
        {
            var numbered = $"{stem}-{n}";
            if (!taken.Contains(numbered))
            {
                return numbered;
            }
        }
    }

    private ActorDraft Person(ActorMention mention, bool attributed, int position)
    {
        // "de Graaff" is a surname, not a full name.
        var fullName = mention.Name.Contains(' ', StringComparison.Ordinal) && !Words.IsNameParticle(mention.Name.Split(' ')[0]);
        var pronoun = mention.Rank?.Split(' ').Select(PronounOf).FirstOrDefault(p => p is not null);
        // Two people of one surname ("Juhani Virtanen", "Kaisa Virtanen"): a bare "Dr Virtanen" or "Mr Bello" is the one
        // mentioned last whom the honorific fits.
        var draft = _drafts.Where(d => d.Kind == ActorKind.Person && CorpusIndex.SameSurname(d.Surname, mention.Surname)
                && (!fullName || !d.Name.Contains(' ', StringComparison.Ordinal) || SameGiven(d.Name, mention.Name)))
            .OrderBy(d => pronoun is not null && d.Pronoun is not null && d.Pronoun != pronoun ? 1 : 0)
            .ThenByDescending(d => fullName ? 0 : d.LastMentionBefore(position))
            .FirstOrDefault();
        if (draft is null)
        {
            var match = corpus.FindPerson(mention.Name);
            draft = Add(new ActorDraft(ActorKind.Person, fullName ? mention.Name : match?.Name ?? mention.Name, match));
        }
        else if (fullName && !draft.Name.Contains(' ', StringComparison.Ordinal))
        {
            draft.AddAlias(draft.Name);
            draft.Name = mention.Name;
        }

        if (fullName)
        {
            // "Ms Bello" taken for the only Bello named may be someone else the article calls by surname: the honorific tells
            // only of a person it names in full.
            draft.Pronoun ??= pronoun;
            draft.AddAlias(mention.Surname);
            if (!string.Equals(mention.Name, draft.Name, StringComparison.OrdinalIgnoreCase))
            {
                draft.AddAlias(mention.Name);
            }
        }

        if (mention.Role is { } role)
        {
            // A fuller form of the same role ("Ukrainian delegation member" after "member") replaces it.
            if (draft.Role is null || (attributed && !draft.RoleAttributed && !draft.Role.Contains(role, StringComparison.OrdinalIgnoreCase))
                || (role.Length > draft.Role.Length && role.EndsWith(draft.Role, StringComparison.OrdinalIgnoreCase)))
            {
                draft.Role = role;
            }

            draft.RoleAttributed |= attributed;

            // "The governor of Ukraine's Chernihiv region says…" before "The governor, X, …": X's role is the fuller title.
            if (_unclaimedTitles.FirstOrDefault(t => t.Length > draft.Role.Length && t.Contains(draft.Role, StringComparison.OrdinalIgnoreCase)) is { } fuller)
            {
                draft.Role = fuller;
                _unclaimedTitles.Remove(fuller);
            }

            if (mention.Surface.StartsWith(role, StringComparison.Ordinal))
            {
                draft.AddAlias($"{role} {mention.Name}");
            }

            if (role.Contains(' ', StringComparison.Ordinal))
            {
                draft.AddAlias(role);
            }
        }

        if (mention.Rank is { } rank)
        {
            draft.AddAlias($"{rank} {mention.Name}");
        }

        draft.RankRole ??= mention.RankRole;

        return draft;
    }

    private static bool SameGiven(string a, string b) => a.Split(' ')[0][0] == b.Split(' ')[0][0];

    private ActorDraft Proper(ActorMention mention)
    {
        if (parser.IsOutletName(mention.Name))
        {
            return Outlet(mention with { Kind = MentionKind.Outlet });
        }

        var compact = Words.Compact(mention.Name);
        var existing = (mention.Name.Contains(' ', StringComparison.Ordinal) ? null : KnownPerson(mention.Name))
            ?? _drafts.FirstOrDefault(d => d.Kind != ActorKind.Person && (Words.Compact(d.Name) == compact || d.Aliases.Any(a => Words.Compact(a) == compact)));
        if (existing is not null)
        {
            return existing;
        }

        if (!mention.Name.Contains(' ', StringComparison.Ordinal) && corpus.FindPerson(mention.Name) is { } person)
        {
            return Add(new ActorDraft(ActorKind.Person, person.Name, person));
        }

        var named = corpus.FindNamed(ActorKind.Government, mention.Name) ?? corpus.FindNamed(ActorKind.Group, mention.Name);
        return named is null && IsPersonName?.Invoke(mention.Name) == true
            ? Add(new ActorDraft(ActorKind.Person, mention.Name, null))
            : Add(new ActorDraft(ActorKind.Government, mention.Name, named));
    }

    /// <summary>The subject a sentence describes by title alone ("Ostrania’s envoy to the UN addressed …, describing “…”"):
    /// the person introduced with a fitting role, else an actor named by the description itself.</summary>
    public ActorDraft Described(ActorMention title, int position)
    {
        var draft = FittingPerson(title.Role ?? title.Name, position)
            ?? Group(title with { Kind = MentionKind.Group, Name = title.Name, GroupKind = ActorKind.Group });
        draft.MentionedAt(position);
        return draft;
    }

    /// <summary>The person a title alone names when the article names nobody holding it ("the U.N. secretary-general said"):
    /// called by the title, with no role of its own; later uses of the title find them. Null for a bare title ("the minister").</summary>
    /// <param name="acting">The title opens a sentence of narration with its verb ("The chancellor told the Bundestag …"): the one
    /// holder the story is about, even with no word that makes it one office.</param>
    public ActorDraft? TitleHolder(ActorMention title, int position, bool acting = false)
    {
        var name = title.Role ?? title.Name;
        // "the minister said" alone names no one: only a title with what makes it one office ("the Turkish president") speaks; a bare
        // title acting names someone new only when no one named was written about in its paragraph or the one before ("Anan was …
        // The diver recalled" is Anan).
        if (Qualifiers(name).Count == 0
            && (!acting || RecentPerson(position, position - position % ArticleAnalyzer.ParagraphStride - ArticleAnalyzer.ParagraphStride) is { TitleOnly: false }))
        {
            return null;
        }

        var draft = _drafts.FirstOrDefault(d => d.Kind == ActorKind.Person && string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? Add(new ActorDraft(ActorKind.Person, name, null) { TitleOnly = true });
        draft.MentionedAt(position);
        return draft;
    }

    private ActorDraft? Title(ActorMention mention, int position, bool attributed, int? titleAt)
    {
        var role = mention.Role ?? mention.Name;
        // "A source close to the talks said", "One European ambassador said": someone not named, never a person written about.
        if (mention.Surface.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || mention.Surface.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            || mention.Surface.StartsWith("one ", StringComparison.OrdinalIgnoreCase))
        {
            var unnamed = Group(mention with { Kind = MentionKind.Group, Name = mention.Surface.Trim().TrimEnd(','), GroupKind = ActorKind.Group });
            unnamed.Unnamed = true;
            return unnamed;
        }

        if (FittingPerson(role, position) is { } found)
        {
            return found;
        }

        // "A senior diplomat from one of the eastern members said …" then "the diplomat said": the unnamed one again.
        var head = role.Split(' ').LastOrDefault(parser.IsTitleWord);
        if (head is not null && MostRecent(position, d => d.Unnamed && d.Name.Split(' ').Contains(head, StringComparer.OrdinalIgnoreCase)) is { } again)
        {
            return again;
        }

        // "…, the former Russian culture minister said": a past title nobody holds now describes the person just written about.
        if (role.StartsWith("former ", StringComparison.OrdinalIgnoreCase) && MostRecent(position, d => d.Kind == ActorKind.Person) is { } described)
        {
            described.AddAlias(role);
            return described;
        }

        var qualifiers = Qualifiers(role);
        // Mentioned in this paragraph or the one before; for a title read late, also in the one after (not anywhere in the article).
        var at = titleAt ?? position;
        var near = at - at % ArticleAnalyzer.ParagraphStride - ArticleAnalyzer.ParagraphStride;
        var until = titleAt is null ? position : near + 3 * ArticleAnalyzer.ParagraphStride;
        if (qualifiers.Count > 0 && MostRecent(until, d => d.Kind == ActorKind.Person && d.Role is null && !d.TitleOnly) is { } untitled
            && untitled.LastMentionBefore(until) >= near)
        {
            // Nobody introduced holds that title, but someone named without one was just mentioned: it is theirs.
            untitled.Role = role;
            return untitled;
        }

        // "“…,” said Lutz Wendland of the ifo Institute. The economist added: “…”": a bare title nobody holds, speaking in the paragraph
        // of the person just named, is them ("The rescuer added" after a navy diver) — but a spokesman speaks for someone else, and
        // is never the foreign minister just named.
        if (attributed && qualifiers.Count == 0 && RecentPerson(at, at - at % ArticleAnalyzer.ParagraphStride) is { TitleOnly: false, Unnamed: false } named
            && !(role.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) && named.Role?.Contains("spokes", StringComparison.OrdinalIgnoreCase) != true))
        {
            return named;
        }

        _unclaimedTitles.Add(role);
        return null;
    }

    /// <summary>The person mentioned last whose role fits <paramref name="role"/>. "The Russian Foreign Minister" does not fit
    /// the Turkish one, nor "Turkey's foreign minister" the deputy defense minister: a role whose other words differ both
    /// ways conflicts.</summary>
    private ActorDraft? FittingPerson(string role, int position)
    {
        var head = role.Split(' ').LastOrDefault(parser.IsTitleWord) ?? role;
        var qualifiers = Qualifiers(role);
        var found = MostRecent(position, d => d.Kind == ActorKind.Person
            && (d.Role?.Contains(head, StringComparison.OrdinalIgnoreCase) == true
                || (d.TitleOnly && d.Name.Split(' ').Contains(head, StringComparer.OrdinalIgnoreCase))
                || string.Equals(d.Role, role, StringComparison.OrdinalIgnoreCase)
                || d.Aliases.Any(a => a.StartsWith(head + " ", StringComparison.OrdinalIgnoreCase)))
            && !Conflicts(qualifiers, Qualifiers(d.Role ?? (d.TitleOnly ? d.Name : ""))));
        // "the head added": a bare title word names whoever the article last gave it, not the person everywhere.
        if (role.Contains(' ', StringComparison.Ordinal))
        {
            found?.AddAlias(role);
        }

        return found;
    }

    /// <summary>A cheap first test before the fuzzy surname comparison, which this runs for every capitalised word.</summary>
    private static bool SameInitial(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) || a[0] > 127 || b[0] > 127);

    private List<string> Qualifiers(string role) =>
        [.. role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !parser.IsTitleWord(w) && !RoleLinks.Contains(w)).Select(Words.Fold)];

    private static bool Conflicts(List<string> wanted, List<string> held) =>
        wanted.Exists(w => !held.Contains(w)) && held.Exists(h => !wanted.Contains(h));

    private ActorDraft Group(ActorMention mention)
    {
        var compact = Words.Compact(mention.Name);
        var draft = _drafts.FirstOrDefault(d => d.Kind != ActorKind.Person && Words.Compact(d.Name) == compact);
        if (draft is null)
        {
            var match = corpus.FindNamed(mention.GroupKind, mention.Name);
            draft = Add(new ActorDraft(mention.GroupKind, mention.Name, match));
        }

        return draft;
    }

    private ActorDraft Outlet(ActorMention mention)
    {
        var compact = Words.Compact(mention.Name);
        var draft = _drafts.FirstOrDefault(d => d.Kind == ActorKind.Outlet && (Words.Compact(d.Name) == compact || d.Aliases.Any(a => Words.Compact(a) == compact)));
        if (draft is null && _publisher is not null && corpus.FindNamed(ActorKind.Outlet, mention.Name) is null
            && Words.IsShortFormOf(mention.Name, _publisher.Name, parser.IsOutletNoun))
        {
            // "told HBN" in HBN News, "told CWS" in Continental Wire Service: the publisher itself, not a channel.
            _publisher.AddAlias(mention.Name);
            draft = _publisher;
        }

        if (draft is null)
        {
            draft = Add(new ActorDraft(ActorKind.Outlet, mention.Name, corpus.FindNamed(ActorKind.Outlet, mention.Name)));
        }

        draft.Role ??= mention.Role;
        return draft;
    }

    private ActorDraft? MostRecent(int position, Func<ActorDraft, bool> predicate) =>
        _drafts.Where(predicate).Select(d => (d, at: d.LastMentionBefore(position))).Where(x => x.at >= 0)
            .OrderByDescending(x => x.at).Select(x => x.d).FirstOrDefault();

    private ActorDraft Add(ActorDraft draft)
    {
        if (draft.CorpusMatch is { } match && _drafts.Find(d => d.CorpusMatch?.Id == match.Id) is { } same)
        {
            // "Moscow says" after "Russia says": two names the corpus knows as one actor are one actor here too.
            same.AddAlias(draft.Name);
            return same;
        }

        _drafts.Add(draft);
        return draft;
    }
}
