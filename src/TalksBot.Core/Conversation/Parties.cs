using System.Text.RegularExpressions;
using TalksBot.Core.Index;

namespace TalksBot.Core.Conversation;

/// <summary>A country's people or side named by a word the data does not hold as a speaker ("the russians", "and the
/// americans?"): the vocabulary's synonym group of that word holds a country that a seat of government stands for, and the
/// party is every quoted actor whose name, role or affiliation says that country or one of its seats ("Kremlin spokesman").</summary>
internal static class Parties
{
    /// <summary>Words besides the party's (and <see cref="MessageReading.AgreementWords"/>) that keep a message a party
    /// switch: "and the ukrainian side?".</summary>
    private static readonly HashSet<string> SwitchWords = ["side", "sides", "view", "views"];

    /// <summary>Whether a message speaks of a side ("what did the russian side say", "the ukrainian view").</summary>
    public static bool NamesASide(MessageReading own) => own.HasWord(SwitchWords);

    /// <summary>The ids of the actors of the party a message's only topic word, or the speaker it names that the data does
    /// not quote ("russians"), names, if it names one and they are quoted; null when it names a quoted speaker, or a topic or
    /// place of the data without a word of reacting.</summary>
    public static IReadOnlySet<string>? Named(KnowledgeIndex index, MessageReading own)
    {
        string[] words = [.. own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries), .. Text.Tokenizer.Tokenize(own.Speaker ?? "").Where(t => !t.IsFunctionWord).Select(t => t.Word)];
        var vocabulary = index.Vocabulary;
        bool Allowed(string w) => SwitchWords.Contains(w.ToLowerInvariant()) || index.ReactionVerbs.Contains(w.ToLowerInvariant())
            || vocabulary.StanceWords.Contains(w, StringComparer.OrdinalIgnoreCase);
        // "what about Kyiv?" asks about a place of the data, "how did Moscow respond" about its government.
        var reacting = own.HasWord(MessageReading.AgreementWords) || words.Any(Allowed);
        if ((own.NamesTopic && !reacting) || (own.Speaker is { } named && index.Actors.Values.Any(a => string.Equals(a.Name, named, StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        var terms = words.Where(w => !Allowed(w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is [var word] ? CountryTerms(index, word) : null;
        return terms is null ? null : Members(index, terms);
    }

    /// <summary>"the ukrainians about crimea?", "and the russians on the talks": a message whose words open with a party
    /// (<see cref="Named"/>) and go on with a topic asks that side about it; null when it names a quoted speaker or its first
    /// word names no quoted side.</summary>
    public static (string Word, IReadOnlySet<string> Members, string Topic)? NamedWithTopic(KnowledgeIndex index, MessageReading own)
    {
        var words = own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (own.Speaker is not null || words.Length < 2 || CountryTerms(index, words[0]) is not { } terms || Members(index, terms) is not { } members)
        {
            return null;
        }

        return (words[0], members, string.Join(' ', words.Skip(1)));
    }

    /// <summary>"and the Kremlin?": the members of a party whose roles hold the word the message named it by ("Kremlin
    /// spokesman"), who speak for it before its other members; empty when none does.</summary>
    public static IReadOnlySet<string> VoicesOf(KnowledgeIndex index, IReadOnlySet<string> members, string word) =>
        members.Where(id => index.Actors.TryGetValue(id, out var actor) && actor.Roles.Any(role => Text.WholeWords.HoldsAny(role, [word])))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The last statement's speaker, when a message that goes on from it ("so …", "… then") names the party that
    /// person belongs to as its speaker ("so what does Russia want then" after Lavrov); null otherwise.</summary>
    public static string? MemberGoneOnWith(MessageReading own, KnowledgeIndex index, string lastSpeaker)
    {
        var words = own.Tokens.Select(t => t.Word).ToList();
        var goesOn = words.Count > 2 && (words[0] is "so" or "and" || words[^1] == "then");
        if (!goesOn || own.Speaker is not { } party || own.SpeakerIsPerson || !MessageReading.IsPerson(index, lastSpeaker)
            || !own.Tokens.Any(t => string.Equals(t.Word, party, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var person = index.Actors.Values.FirstOrDefault(a => string.Equals(a.Name, lastSpeaker, StringComparison.OrdinalIgnoreCase));
        return person is not null && OfWord(index, party) is { } members && members.Contains(person.Id) ? person.Name : null;
    }

    /// <summary>"and the Kremlin's reaction?" where the data quotes the government itself: it and every actor whose name,
    /// role or affiliation says its country; null when the actor is no government or its name no country of the vocabulary.</summary>
    public static IReadOnlySet<string>? OfGovernment(KnowledgeIndex index, string name) =>
        index.Actors.Values.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) is { Actor.Kind: Knowledge.ActorKind.Government } actor
        && TermsOf(index.Vocabulary, actor.Name) is { } terms && Members(index, terms) is { } members
            ? new HashSet<string>([.. members, actor.Id], StringComparer.Ordinal)
            : null;

    /// <summary>The ids of the quoted actors of the party one word names ("americans", "washington"), or of the body it names
    /// when that is no country ("NATO": its secretary-general by his role); null when it names none.</summary>
    public static IReadOnlySet<string>? OfWord(KnowledgeIndex index, string word) =>
        CountryTerms(index, word) is { } country ? Members(index, country)
        : IsOrdinary(index, word) ? null
        : Members(index, BodyTerms(index.Vocabulary, word));

    /// <summary>"which officials", "who exactly" after a group's statement ("U.S. officials were skeptical"): the quoted people
    /// of the side the group is named by (its name but its last word, "U.S."); null for any other message or speaker.</summary>
    public static IReadOnlySet<string>? PeopleOfGroup(KnowledgeIndex index, IReadOnlyList<string> asked, string lastSpeaker)
    {
        var name = lastSpeaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var asksWhich = asked is ["which" or "what", var noun] && name.Length > 1 && string.Equals(noun, name[^1], StringComparison.OrdinalIgnoreCase)
            || asked is ["who", "exactly" or "specifically"] or ["which", "ones"] or ["who", "are", "they"];
        if (!asksWhich || name.Length < 2 || index.Actors.Values.FirstOrDefault(a => string.Equals(a.Name, lastSpeaker, StringComparison.OrdinalIgnoreCase))
            is not { Actor.Kind: Knowledge.ActorKind.Group } || OfWord(index, string.Join(' ', name[..^1])) is not { } side)
        {
            return null;
        }

        var people = side.Where(id => index.Actors[id].Actor.Kind == Knowledge.ActorKind.Person).ToHashSet(StringComparer.Ordinal);
        return people.Count > 0 ? people : null;
    }

    /// <summary>The quoted actors of the one country a speaker belongs to (<see cref="OfWord"/>), or null when none or more.</summary>
    public static IReadOnlySet<string>? SideOf(KnowledgeIndex index, string speakerName)
    {
        if (index.Actors.Values.FirstOrDefault(a => string.Equals(a.Name, speakerName, StringComparison.OrdinalIgnoreCase)) is not { } speaker)
        {
            return null;
        }

        var sides = index.Vocabulary.SeatsOfGovernment.Values.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(country => OfWord(index, country)).Where(members => members is not null && members.Contains(speaker.Id)).ToList();
        return sides is [var only] ? only : null;
    }

    /// <summary>"what did the other side say": the speakers of the statements the last one disputes or is disputed by; else, after a statement
    /// of one country's people (<see cref="OfWord"/>), the quoted actors of the country, other than the speaker's, that the statement names, else with the most statements in the same
    /// article (then in all the coverage); null when the speaker belongs to no one country or no other country is quoted.</summary>
    public static IReadOnlySet<string>? OtherSide(KnowledgeIndex index, Query.Citation last)
    {
        if (OtherAccounts.DisputePartners(index, last) is { Count: > 0 } partners)
        {
            // "this is a repositioning, not a real withdrawal", disputing Fomin: the side it answers (and the reverse).
            return partners.Select(s => s.Speaker.Id).ToHashSet(StringComparer.Ordinal);
        }

        if (index.Actors.Values.FirstOrDefault(a => string.Equals(a.Name, last.Speaker, StringComparison.OrdinalIgnoreCase)) is not { } speaker)
        {
            return null;
        }

        var sides = index.Vocabulary.SeatsOfGovernment.Values.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(country => (Words: TermsOf(index.Vocabulary, country)!, Members: OfWord(index, country)))
            .Where(side => side.Members is not null).ToList();
        if (sides.Count(side => side.Members!.Contains(speaker.Id)) != 1)
        {
            return null;
        }

        int Statements(IReadOnlySet<string> side, string? article) =>
            index.Statements.Count(s => side.Contains(s.Speaker.Id) && (article is null || s.Article.Id == article));
        // After a third party ("the Russians themselves have said …"), the side its statement speaks of.
        return sides.Where(side => !side.Members!.Contains(speaker.Id))
            .OrderByDescending(side => Text.WholeWords.HoldsAny(last.Quote, side.Words))
            .ThenByDescending(side => Statements(side.Members!, last.Source.ArticleId)).ThenByDescending(side => Statements(side.Members!, null))
            .Select(side => side.Members)
            .FirstOrDefault();
    }

    /// <summary>Whether the word names a country's side ("Ukrainians", "the Norlanders"), not its seat of government ("Kyiv") or a
    /// place some role holds ("Istanbul").</summary>
    public static bool NamesACountry(KnowledgeIndex index, string word) =>
        TermsOf(index.Vocabulary, word) is not null && !index.Vocabulary.SeatsOfGovernment.ContainsKey(BareName(word).ToLowerInvariant());

    /// <summary>"spokesman": an everyday word describes someone's job, not a body they speak for.</summary>
    private static bool IsOrdinary(KnowledgeIndex index, string word) =>
        Text.Tokenizer.Tokenize(word).All(t => t.IsFunctionWord || index.Vocabulary.CommonWords.Contains(t.Word.ToLowerInvariant()));

    /// <summary>The name of a body in the vocabulary's words (its synonym group, or the name alone).</summary>
    private static List<string> BodyTerms(Knowledge.Vocabulary vocabulary, string word)
    {
        var name = BareName(word);
        return [.. vocabulary.Synonyms.FirstOrDefault(g => g.Contains(name, StringComparer.OrdinalIgnoreCase)) ?? [name]];
    }

    /// <summary>"the Kremlin's" → "Kremlin".</summary>
    private static string BareName(string word) => Regex.Replace(Regex.Replace(word, "['’]s?$", ""), "^the ", "", RegexOptions.IgnoreCase);

    private static HashSet<string>? Members(KnowledgeIndex index, List<string> terms) =>
        index.PartyMembers.GetOrAdd(string.Join('|', terms), _ => FindMembers(index, terms));

    private static HashSet<string>? FindMembers(KnowledgeIndex index, List<string> terms)
    {
        // "member of the negotiating team in Turkey", "ambassador to Turkey": a place where or to which, not whose (but "adviser in
        // Ukraine's presidential office" is Ukraine's).
        var patterns = terms.Select(t => new Regex($@"(?<![\w.])(?:(?<!\b(?:in|at|to) ){Regex.Escape(t)}|{Regex.Escape(t)}(?=['’]s\b))(?![\w])",
            t.Length <= 3 ? RegexOptions.None : RegexOptions.IgnoreCase)).ToList();
        bool Says(string? text) => text is not null && patterns.Any(p => p.IsMatch(text));
        var members = index.Actors.Values
            .Where(a => a.Actor.Kind != Knowledge.ActorKind.Outlet && a.OwnStatements > 0
                && (Says(a.Name) || Says(a.Actor.Role) || a.Roles.Any(Says) || a.Aliases.Any(Says)
                    || (a.Actor.Affiliation is { } party && index.Actors.TryGetValue(party, out var affiliation) && Says(affiliation.Name))))
            .Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
        return members.Count > 0 ? members : null;
    }

    /// <summary>The words that say the country a word names (<see cref="TermsOf"/>), or one the coverage places a story in
    /// ("how did Rwanda respond", "the Rwandan side"); null when it names none.</summary>
    private static List<string>? CountryTerms(KnowledgeIndex index, string word) =>
        TermsOf(index.Vocabulary, word) ?? (index.CoverageCountries.TryGetValue(BareName(word), out var words) ? [.. words] : null);

    /// <summary>The words that say a country: the synonym group holding the word and a country a seat of government stands
    /// for, and those seats; null when the word is in no such group.</summary>
    private static List<string>? TermsOf(Knowledge.Vocabulary vocabulary, string word)
    {
        var countries = vocabulary.SeatsOfGovernment.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = BareName(word);
        var group = vocabulary.Synonyms.FirstOrDefault(g => g.Contains(name, StringComparer.OrdinalIgnoreCase) && g.Any(countries.Contains));
        // "and Washington?", "the Kremlin's reaction": a seat stands for its country.
        var country = group?.First(countries.Contains) ?? (vocabulary.SeatsOfGovernment.TryGetValue(name.ToLowerInvariant(), out var seated) ? seated : null);
        if (country is null)
        {
            return null;
        }

        group ??= vocabulary.Synonyms.FirstOrDefault(g => g.Contains(country, StringComparer.OrdinalIgnoreCase)) ?? [country];
        return [.. group, .. vocabulary.SeatsOfGovernment.Where(s => string.Equals(s.Value, country, StringComparison.OrdinalIgnoreCase)).Select(s => s.Key)];
    }
}
