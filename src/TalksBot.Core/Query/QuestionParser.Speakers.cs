using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Who a question is about: speech verbs, the subject of "what did X say", an unknown or
/// described speaker, and the actor a yes/no question asks about.</summary>
internal sealed partial class QuestionParser
{
    private const int SpeakerWindow = 5;

    /// <summary>A message of at most this many units asks about a title it names and nothing else ("no, the mayor").</summary>
    private const int ShortMessageUnits = 3;

    private static readonly HashSet<string> Determiners =
        ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "any", "no", "every"];

    /// <summary>A speech verb, unless it is a noun after a possessive or a determiner ("Russia's promise", "Moscow's
    /// de-escalation pledge", "the pledge").</summary>
    private bool IsSpeechVerbAt(List<TextToken> tokens, int i)
    {
        if (!index.SpeechVerbs.Contains(tokens[i].Word))
        {
            return false;
        }

        // "the pledge", "his promise", "any comment": a determiner makes it a noun.
        if (i > 0 && (tokens[i - 1].IsPossessive || Determiners.Contains(tokens[i - 1].Word)))
        {
            return false;
        }

        // "what did the US say about the Russian pledge": after a verb of saying, one closing a phrase that "about" opens is a
        // noun ("what did the Russian delegation pledge" has no verb of saying before it; in "what did Kirby say the Russian
        // units claimed" no preposition opens the phrase, so "claimed" is what they did).
        if (tokens.Take(i).Any(t => index.SpeechVerbs.Contains(t.Word)) && InAboutPhrase(tokens, i))
        {
            return false;
        }

        // "Moscow's de-escalation pledge" is a noun phrase; "did Turkey's foreign minister say" has the
        // auxiliary that makes "say" a verb.
        var hasDoAuxiliary = tokens.Take(i).Any(t => t.Word is "did" or "does" or "do" or "will" or "would" or "can" or "could" or "should" or "might");
        for (var j = i - 2; j >= 0 && j >= i - 3 && !hasDoAuxiliary; j--)
        {
            if (tokens[j].IsFunctionWord)
            {
                break;
            }

            if (tokens[j].IsPossessive)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words ending right before <paramref name="i"/> are a phrase that "about"/"on"/"regarding"/"over"
    /// opens, with a determiner or not ("about the Russian pledge", "on Moscow de-escalation pledge").</summary>
    private static bool InAboutPhrase(List<TextToken> tokens, int i)
    {
        var j = i - 1;
        while (j >= 0 && !tokens[j].IsFunctionWord)
        {
            j--;
        }

        if (j < 0 || j == i - 1)
        {
            return false;
        }

        var opener = Determiners.Contains(tokens[j].Word) && j > 0 ? tokens[j - 1].Word : tokens[j].Word;
        return opener is "about" or "on" or "regarding" or "over";
    }

    /// <summary>"what did the acting emergency service head say": a title word some article made one person's name ("the head
    /// added") does not name that person when the words around it describe another quoted actor in full.</summary>
    private void PreferAFullerDescription(List<TextToken> tokens, List<ConceptMatch> matches, int speechVerbAt)
    {
        var from = Math.Max(0, speechVerbAt - SpeakerWindow);
        var titles = matches.Where(m => IsActor(m) && m.Length == 1 && m.Start >= from && m.Start < speechVerbAt && IsOrdinary(tokens[m.Start].Word)).ToList();
        if (titles.Count > 0 && Described(tokens, [.. matches.Except(titles)], from, speechVerbAt) is { } described
            && titles.TrueForAll(m => index.ActorsByConcept[m.Concept] != described))
        {
            matches.RemoveAll(titles.Contains);
        }
    }

    /// <summary>"what did Moscow's chief negotiator say": the quoted actor whose names, role and
    /// affiliation hold most of the words in the speaker's place before the speech verb.</summary>
    private CorpusActor? DescribedSpeaker(List<TextToken> tokens, List<ConceptMatch> matches, int speechVerbAt) =>
        Described(tokens, matches, Math.Max(0, speechVerbAt - SpeakerWindow), speechVerbAt);

    /// <summary>"does the governor believe …", "is the mayor sure": a title word as the subject of a yes/no question names the
    /// one quoted person whose role it heads ("regional governor", "governor of … region"), when only one has such a role;
    /// so does the title of a short message that asks nothing else ("and the mayor?", "mayor of where?").</summary>
    private CorpusActor? TitleAsSubject(List<TextToken> tokens, List<ConceptMatch> matches, List<CoverageUnit> units, bool saying)
    {
        var at = tokens.Count >= 4 && SubjectAuxiliaries.Contains(tokens[0].Word) && tokens[1].Word == "the" ? 2
            : !saying && units.Count <= ShortMessageUnits ? tokens.FindIndex(t => !t.IsFunctionWord && TitleHolder(t.Word) is not null)
            : -1;
        if (at < 0 || tokens[at].IsFunctionWord || matches.Exists(m => m.Start <= at && at < m.Start + m.Length) || TitleHolder(tokens[at].Word) is not { } holder)
        {
            return null;
        }

        // "the Kyiv mayor" is not the Chernihiv one: in a short message, no other word may say something the holder's names lack.
        var title = tokens[at].Word;
        return at == 2 || units.TrueForAll(u => u.Word == title || !u.IsNotable || u.Alternatives.Any(holder.DescriptorContains)) ? holder : null;
    }

    private CorpusActor? TitleHolder(string title) => index.PeopleByTitle.TryGetValue(title, out var holders) && holders is [var only] ? only : null;

    /// <summary>"according to Medinsky", "acc to Medinsky", "per Medinsky": the quoted actor, not an outlet, named right after the
    /// words that attribute what the question asks.</summary>
    private CorpusActor? AttributedSpeaker(List<TextToken> tokens, List<ConceptMatch> matches)
    {
        foreach (var match in matches.Where(m => IsActor(m) && m.Start > 0))
        {
            var before = tokens[match.Start - 1].Word;
            var attributes = before == "per" || (before == "to" && match.Start > 1 && tokens[match.Start - 2].Word is "according" or "acc");
            if (attributes && index.ActorsByConcept[match.Concept] is { OwnStatements: > 0, Actor.Kind: not Knowledge.ActorKind.Outlet } actor)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>Words that make the body named before them one of its people: "the Kremlin guy", "the emergency service man".</summary>
    internal static readonly HashSet<string> PersonNouns = ["guy", "dude", "man", "woman", "lady", "fella", "fellow", "chap", "bloke", "person"];

    /// <summary>"the emergency service guy": the quoted person whose role holds the body named right before a word for a
    /// person (the one quoted most, when several do), not the body itself.</summary>
    private (CorpusActor Body, CorpusActor Person)? PersonBehindABody(List<TextToken> tokens, List<ConceptMatch> matches)
    {
        foreach (var match in matches.Where(m => IsActor(m) && m.Start + m.Length < tokens.Count && PersonNouns.Contains(tokens[m.Start + m.Length].Word)))
        {
            var body = index.ActorsByConcept[match.Concept];
            var term = index.ConceptTermId(match.Concept);
            if (body.Actor.Kind != Knowledge.ActorKind.Person && term >= 0
                && index.Actors.Values.Where(a => a.OwnStatements > 0 && a.Actor.Kind == Knowledge.ActorKind.Person && a.DescriptorContains(term))
                    .MaxBy(a => a.OwnStatements) is { } person)
            {
                return (body, person);
            }
        }

        return null;
    }

    /// <summary>"any upbeat read from Kyiv's leader?": with no verb of saying, a possessive and the role words
    /// after it describe the one asked about.</summary>
    private CorpusActor? PossessiveDescription(List<TextToken> tokens, List<ConceptMatch> matches)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i + 1;
            // "Russia's negotiating in good faith": a verb after a contracted "is" describes no one.
            while (tokens[i].IsPossessive && end < tokens.Count && end <= i + 2 && !tokens[end].IsFunctionWord && !IsProgressive(tokens[end].Word))
            {
                end++;
            }

            if (end > i + 1 && Described(tokens, matches, i, end) is { } actor)
            {
                return actor;
            }
        }

        return null;
    }

    private static bool IsProgressive(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"NATO chief on Russian troops": the words before "on" at the start of a terse question describe the
    /// one asked about, when they are not already one of someone's names ("the Ukrainian president on trust").</summary>
    private CorpusActor? DescriptionBeforeOn(List<TextToken> tokens, List<ConceptMatch> matches)
    {
        var on = tokens.FindIndex(t => t.Word == "on");
        return on >= 2 && !matches.Exists(m => IsActor(m) && m.Start < on) ? Described(tokens, matches, 0, on) : null;
    }

    /// <summary>The quoted actor whose names, role and affiliation hold most of the words from
    /// <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private CorpusActor? Described(List<TextToken> tokens, List<ConceptMatch> matches, int from, int to)
    {
        var words = Enumerable.Range(from, to - from).Where(i => !tokens[i].IsFunctionWord).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        var alternatives = words.Select(i => matches.Where(m => m.Start <= i && i < m.Start + m.Length)
            .Select(m => index.ConceptTermId(m.Concept)).Append(index.TermOf(tokens[i].Stem)).Where(t => t >= 0).ToArray()).ToList();
        // A word no statement has ("the colonel general") can still be one of an actor's names or roles.
        var unknownStems = words.Where((_, at) => alternatives[at].Length == 0).Select(i => tokens[i].Stem).ToList();
        var literalTerms = words.Select(i => index.TermOf(tokens[i].Stem)).Where(t => t >= 0).ToList();
        // Every word the coverage knows must describe the actor: "Russia's foreign ministry" is not
        // Russia's deputy defence minister, though two of its three words fit him.
        return index.Actors.Values
            .Where(a => a.OwnStatements > 0 && alternatives.All(alts => alts.Length == 0 || alts.Any(a.DescriptorContains)))
            .Select(a => (Actor: a, Held: alternatives.Count(alts => alts.Any(a.DescriptorContains)) + unknownStems.Count(a.DescriptorStemsWithoutTerm.Contains)))
            .Where(p => p.Held * 2 > words.Count)
            .OrderByDescending(p => p.Held)
            // "the secretary of state" is the US Secretary of State before a foreign minister the synonym also fits.
            .ThenByDescending(p => literalTerms.Count(p.Actor.DescriptorContains))
            .ThenBy(p => p.Actor.Actor.Kind == Knowledge.ActorKind.Person ? 0 : 1)
            .ThenByDescending(p => p.Actor.OwnStatements)
            .Select(p => p.Actor)
            .FirstOrDefault();
    }

    /// <summary>"what was the Pentagon's overall read on it": the quoted person in the possessive before a word of stance
    /// (function words between), and that word, which asks for their words as a verb of saying would.</summary>
    private (CorpusActor Person, string Stance)? PersonBeforeStance(List<TextToken> tokens, List<ConceptMatch> matches, List<CoverageUnit> units)
    {
        foreach (var owned in matches.Where(m => IsActor(m) && tokens[m.Start + m.Length - 1].IsPossessive))
        {
            var stance = tokens.Skip(owned.Start + owned.Length).SkipWhile(t => t.IsFunctionWord).FirstOrDefault();
            if (stance.Word is not null && index.StanceWords.Contains(stance.Word)
                && units.FirstOrDefault(u => u.Actor?.Concept == owned.Concept)?.Actor is { Actor.Kind: Knowledge.ActorKind.Person } person)
            {
                return (person, stance.Word);
            }
        }

        return null;
    }

    /// <summary>"what was Putin's reaction to the proposals": a name the data quotes no one as, in the possessive right
    /// before a word of stance (not an everyday word: "today's mood").</summary>
    private string? UnknownWhoseStance(List<TextToken> tokens, List<ConceptMatch> matches)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsPossessive && index.StanceWords.Contains(tokens[i + 1].Word) && !IsOrdinary(tokens[i])
                && !matches.Any(m => IsActor(m) && m.Start <= i && i < m.Start + m.Length))
            {
                return tokens[i].Word;
            }
        }

        return null;
    }

    /// <summary>"was Israel mentioned", "were the sanctions discussed": a form of "be" opens the question and the verb of
    /// saying after its subject is a participle.</summary>
    private static bool OpensAPassive(List<TextToken> tokens, int speechVerbAt) =>
        tokens.Take(speechVerbAt).FirstOrDefault(t => !t.IsFunctionWord || t.Word is "was" or "were" or "is" or "are").Word is "was" or "were" or "is" or "are"
        && tokens[speechVerbAt].Word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"what did Putin say about Kyiv": a name the data does not know, in the speaker's place
    /// before the speech verb.</summary>
    private string? UnknownSpeaker(List<TextToken> tokens, List<ConceptMatch> matches, int speechVerbAt)
    {
        if (index.ReactionVerbs.Contains(tokens[speechVerbAt].Word))
        {
            // "did Canada agree": a name right before the verb that is no one the coverage quotes. "did both
            // sides agree" has an ordinary word there, and "did Russia agree" someone quoted.
            var subject = tokens.Take(speechVerbAt).LastOrDefault(t => !t.IsFunctionWord);
            var at = tokens.IndexOf(subject);
            return subject.Word is not null && at == speechVerbAt - 1 && !IsOrdinary(subject)
                && !matches.Any(m => IsActor(m) && m.Start <= at && at < m.Start + m.Length)
                ? subject.Word
                : null;
        }

        var lastActor = matches.Where(m => IsActor(m) && m.Start < speechVerbAt).OrderByDescending(m => m.Start + m.Length).Select(m => (ConceptMatch?)m).FirstOrDefault();
        if (lastActor is { } actor)
        {
            // "what did Russia's foreign ministry say": someone of Russia's whom the data does not have.
            var owned = tokens.Skip(actor.Start + actor.Length).Take(speechVerbAt - actor.Start - actor.Length)
                .Where(t => !t.IsFunctionWord).ToList();
            return tokens[actor.Start + actor.Length - 1].IsPossessive && owned.Count > 0
                ? string.Join(' ', tokens.Skip(actor.Start).Take(speechVerbAt - actor.Start).Where(t => !t.IsFunctionWord).Select(t => t.Word))
                : null;
        }

        // "it was mentioned", "was Israel mentioned": a passive verb of saying has no speaker before it.
        if (speechVerbAt > 0 && (tokens[speechVerbAt - 1].Word is "was" or "were" or "is" or "are" or "been" or "be" or "being" || OpensAPassive(tokens, speechVerbAt)))
        {
            return null;
        }

        // "the ultimate goal he mentioned": a pronoun right before the verb is its speaker; the words before it are what was said.
        if (speechVerbAt > 0 && tokens[speechVerbAt - 1].Word is "he" or "she" or "they" or "we" or "i" or "you")
        {
            return null;
        }

        // The speaker stands right before the verb; earlier words of a long message are its context.
        var before = tokens.Take(speechVerbAt).Skip(Math.Max(0, speechVerbAt - SpeakerWindow)).Where(t => !t.IsFunctionWord).ToList();

        // "repositioning quote": a word the statements hold before a noun of saying is what the quote is about.
        if (before.Count > 0 && tokens[speechVerbAt].Word is "quote" or "quotes" or "quotation" or "remarks" or "statement" or "line"
            && index.TermOf(before[^1].Stem) >= 0
            && !_question.AsSpan(before[^1].Start, before[^1].End - before[^1].Start).ContainsAnyInRange('A', 'Z'))
        {
            return null;
        }

        // A name the coverage lacks, or one it only mentions ("Putin" in narration, "the EU" as a topic) right before the verb.
        var adjacent = before.Count > 0 ? before[^1] : default;
        // A capitalised word of another script there is a name ("what did Путин say").
        var unknownName = before.FirstOrDefault(t => (!IsOrdinary(t) || (t == adjacent && IsOtherScript(t) && char.IsUpper(_question[t.Start])))
            && (!Covered(tokens.IndexOf(t)) || (t == adjacent && OnlyATopicOrPlaceAt(tokens.IndexOf(t))))
            && (index.TermOf(t.Stem) < 0 || (t == adjacent && speechVerbAt - tokens.IndexOf(t) <= 2 && !DescribesSomeoneQuoted(t))));
        if (unknownName.Word is not null)
        {
            return _question[unknownName.Start..unknownName.End];
        }

        // "what did Turkey's foreign minister say": a description of someone who is not in the data.
        // "did both sides call …", "did the officials say …": people in general, not someone the coverage lacks.
        var asksWhatSomeoneSaid = tokens.Count > 0 && tokens[0].Word is "what" or "did" or "does" or "has" or "have";
        return asksWhatSomeoneSaid && before.Count >= 2 && before.Count <= 4 && !before.Any(t => Covered(tokens.IndexOf(t)) && IsActorAt(tokens.IndexOf(t)))
            && !before.Exists(t => ConversationCues.PeopleWords.Contains(t.Word))
            ? _question[before[0].Start..before[^1].End]
            : null;

        // "the Kremlin" when the coverage quotes the Kremlin spokesman: a word of a quoted speaker's names or roles.
        bool DescribesSomeoneQuoted(TextToken token) => index.TermOf(token.Stem) is var term and >= 0
            && index.Actors.Values.Any(a => a.OwnStatements > 0 && a.DescriptorContains(term));

        bool Covered(int i) => matches.Any(m => m.Start <= i && i < m.Start + m.Length);

        bool IsActorAt(int i) => matches.Any(m => IsActor(m) && m.Start <= i && i < m.Start + m.Length);

        // Words of a topic, a place or a synonym group that names no one ("EU" = "European Union", not "Medinskiy" = "Medinsky").
        bool OnlyATopicOrPlaceAt(int i) => matches.Where(m => m.Start <= i && i < m.Start + m.Length)
            .All(m => index.Concepts[m.Concept] is var concept && (concept.Kind is ConceptKind.Topic or ConceptKind.Place
                || (concept.Kind == ConceptKind.Synonym && !index.Actors.Values.Any(a => a.Name.Contains(concept.Key, StringComparison.OrdinalIgnoreCase)))));
    }

    /// <summary>The actor whose statements the question asks for: "what did Kirby say (about …)",
    /// "what did ABC News report", or a question that names only an actor ("Biden?", "what about Biden").</summary>
    /// <summary>The actor a yes/no question is about: "is the Pentagon convinced …", "does Biden believe …".</summary>
    private CorpusActor? FocusOf(List<TextToken> tokens, List<ConceptMatch> matches)
    {
        var first = matches.Where(IsActor).OrderBy(m => m.Start).Select(m => (ConceptMatch?)m).FirstOrDefault();
        return first is { } match && match.Start > 0 && OnlyFunctionWordsBetween(tokens, 1, match.Start)
            ? index.ActorsByConcept[match.Concept]
            : null;
    }

    private static bool OnlyFunctionWordsBetween(List<TextToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsFunctionWord)
            {
                return false;
            }
        }

        return true;
    }

    private static CorpusActor? SubjectOf(List<TextToken> tokens, List<ConceptMatch> matches, List<CoverageUnit> units, int speechVerbAt, QuestionIntent intent)
    {
        var actors = units.Where(u => u.Actor is not null).ToList();
        if (actors.Count == 0 || intent == QuestionIntent.Who)
        {
            return null;
        }

        // Words of the asker's own language ("сказал") do not make it a question about something else.
        if (units.Count(u => !u.IsForeign) == actors.Count && actors.Select(a => a.Actor).Distinct().Count() == 1)
        {
            return actors[0].Actor;
        }

        if (speechVerbAt < 0)
        {
            return null;
        }

        var closest = matches.Where(m => m.Start < speechVerbAt && actors.Any(a => a.Actor!.Concept == m.Concept))
            .OrderByDescending(m => m.Start).Select(m => (ConceptMatch?)m).FirstOrDefault();
        if (closest is not { } match || !OnlyFunctionWordsBetween(tokens, match.Start + match.Length, speechVerbAt))
        {
            return null;
        }

        return actors.First(a => a.Actor!.Concept == match.Concept).Actor;
    }
}
