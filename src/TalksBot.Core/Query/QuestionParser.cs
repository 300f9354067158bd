using System.Collections.Frozen;
using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Reads a question against an index: corrects misspelt words to the data's words, finds
/// the concepts it mentions (synonyms, topics, actors, places), its intent and its subject.</summary>
internal sealed partial class QuestionParser(KnowledgeIndex index)
{
    /// <summary>Words past this are ignored: no real question is longer, and it bounds the work.</summary>
    public const int MaxTokens = 60;

    private const double ConceptWeight = 0.7;
    private const double SpeechVerbWeight = 0.2;
    private const double AnswerTypeWeight = 0.8;
    private const double PlaceKindWeight = 1.5;
    private const int IntentWindow = 6;

    /// <summary>An ordinary English word no statement contains ("keep", "around", "plan") counts for
    /// this share of a rare word's weight: it is most likely the user's phrasing, not the point of the
    /// question. Any other unknown word (a name: "Lavrov") counts in full.</summary>
    private const double CommonWordShare = 0.25;

    /// <summary>The word after "which" or "what" names what the answer is ("which countries"): it
    /// weighs this much more in the ranking.</summary>
    private const double AnswerHeadBoost = 2.0;

    /// <summary>From this many units a message counts as long; up to one unit in this many may be an aside.</summary>
    public const int LongMessageUnits = 10;
    private const int AsideShare = 5;

    /// <summary>Words that ask for the speaker's own words rather than an account of them.</summary>
    private static readonly FrozenSet<string> WordingWords = new[]
    {
        "quote", "quotes", "quoted", "quoting", "wording", "worded", "words", "verbatim", "phrasing", "phrased", "line",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many words after "how many" may name what is counted ("how many Russian troops").</summary>
    private const int CountedWords = 2;

    /// <summary>Verbs that ask only that something was said, not what was offered, promised or proposed.</summary>
    private static readonly FrozenSet<string> PlainSayingVerbs = new[]
    {
        "say", "said", "says", "saying", "tell", "told", "speak", "spoke", "comment", "commented", "talk", "talked",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that ask for a stated number rather than a vague amount ("how many exactly").</summary>
    internal static readonly FrozenSet<string> PrecisionWords = new[] { "exactly", "exact", "precisely", "precise" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Auxiliaries that open a yes/no question before its subject ("does the governor believe …").</summary>
    private static readonly FrozenSet<string> SubjectAuxiliaries = new[]
    {
        "does", "did", "do", "is", "was", "will", "would", "has", "had", "can", "could",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The stems of spans of time a "how long" answer counts.</summary>
    private static readonly string[] DurationStems = ["year", "month", "week", "day", "hour", "minut", "decad"];

    private static readonly FrozenSet<string> BeliefVerbs = new[] { "believe", "believes", "believed" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CatenativeVerbs = new[]
    {
        "try", "tries", "trying", "tried", "attempting", "attempted", "seek", "seeks", "seeking", "sought", "want", "wants", "wanting",
        "wanted", "intend", "intends", "intending", "intended", "planning", "planned", "hoping", "hoped", "aiming", "aimed", "going",
    }.ToFrozenSet(StringComparer.Ordinal);

    private string _question = "";

    public ParsedQuestion Parse(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        if (tokens.Count > MaxTokens)
        {
            tokens.RemoveRange(MaxTokens, tokens.Count - MaxTokens);
        }

        var smallTalk = SmallTalk.AsksWhatTheBotIs(question, tokens) ? SmallTalkKind.AboutTheBot : SmallTalk.Classify(question, tokens);
        var conversation = ConversationCues.Find(tokens);
        if (conversation == ConversationIntent.Summary && smallTalk is SmallTalkKind.Greeting or SmallTalkKind.Acknowledgement or SmallTalkKind.Thanks)
        {
            // "hey what's this article about?": the greeting rides along.
            smallTalk = SmallTalkKind.None;
        }

        ExpandStandIns(tokens);
        CorrectSpelling(tokens);
        PassOverTheAsking(tokens);
        PassOverAReminder(tokens);
        PassOverATag(tokens);
        var asksForExactWords = PassOverTheFormAsked(tokens);
        var matches = new List<ConceptMatch>();
        index.Matcher.Match(tokens, matches);
        RemoveShadowedActors(matches);
        RoleOfAnotherPlace.Remove(index, tokens, matches);
        RemovePluralTitles(tokens, matches);
        var publisher = PublisherMention.Find(index, tokens, [.. matches.Where(m => IsActor(m) && index.ActorsByConcept[m.Concept].Actor.Kind != Knowledge.ActorKind.Outlet)]);

        var outlet = OutletMention.Take(index, tokens, matches);
        var intent = IntentOf(tokens);
        var speechVerbAt = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => IsSpeechVerbAt(tokens, i), -1);
        // "what does Ukraine refuse, according to Medinsky": the one it is attributed to speaks; the verb of saying is what was said.
        var attributedTo = speechVerbAt >= 0 ? AttributedSpeaker(tokens, matches) : null;
        if (attributedTo is not null)
        {
            speechVerbAt = -1;
        }

        PreferAFullerDescription(tokens, matches, speechVerbAt);
        // "do u think the talks will work" asks the bot; "do you think Kirby said …" asks what Kirby said.
        if (smallTalk == SmallTalkKind.None && (OpinionRequest.AsksAJudgement(question)
            || (OpinionRequest.AsksTheBot(question) && tokens.Where((t, i) => IsSpeechVerbAt(tokens, i)).All(t => OpinionRequest.IsOpining(t.Word)))))
        {
            smallTalk = SmallTalkKind.Opinion;
        }

        outlet ??= OutletMention.NamedByVerb(index, matches, speechVerbAt);
        var units = new List<CoverageUnit>();
        var terms = new Dictionary<int, double>();
        _question = question;
        // "did the governor believe it": whether they believed is asked, so their words of believing answer it.
        var beliefAsked = intent == QuestionIntent.YesNo && speechVerbAt >= 0 && BeliefVerbs.Contains(tokens[speechVerbAt].Word);
        AddUnits(tokens, matches, beliefAsked ? -1 : speechVerbAt, units, terms, saidWordsAreTopics: attributedTo is not null || beliefAsked);
        ForgiveAsidesOfALongMessage(units);
        ReadAsAnotherLanguage(tokens, units);
        if (intent == QuestionIntent.YesNo)
        {
            Opposites.Add(index, units, terms);
        }

        AddAnswerType(intent, terms);
        AddPlaceKind(tokens, terms);
        if (speechVerbAt >= 0 && index.TermOf(tokens[speechVerbAt].Stem) is var verbTerm and >= 0)
        {
            terms[verbTerm] = Math.Max(terms.GetValueOrDefault(verbTerm), SpeechVerbWeight);
        }

        var subject = attributedTo ?? SubjectOf(tokens, matches, units, speechVerbAt, intent);
        // "what did the emergency service guy say", not "what did Lavrov say about the UN guy".
        if (intent != QuestionIntent.Who && attributedTo is null && PersonBehindABody(tokens, matches) is { } behind && (subject is null || subject == behind.Body))
        {
            subject = behind.Person;
        }

        if (subject is null && speechVerbAt < 0 && intent != QuestionIntent.Who && PersonBeforeStance(tokens, matches, units) is { } whose)
        {
            // The word of stance is no topic; nor are the other words of a spokesman's name a seat of government stood for.
            subject = whose.Person;
            var names = whose.Person.Name.Split(' ');
            units.RemoveAll(u => u.Actor is null && (string.Equals(u.Word, whose.Stance, StringComparison.OrdinalIgnoreCase)
                || names.Contains(u.Word, StringComparer.OrdinalIgnoreCase)));
        }

        if (subject is null && speechVerbAt < 0 && intent == QuestionIntent.YesNo && PersonAskedForAStance(units) is { } stanced)
        {
            // "did zelensky sound hopeful": whether he was is in his own words, which need not hold the word; another speaker's
            // "we are hopeful" makes it no word his statements must hold. (Other words still must: "did he seem tired".)
            units.RemoveAll(u => u.Actor is null && index.StanceWords.Contains(u.Word.ToLowerInvariant())
                && !stanced.Entries.Exists(e => index.Statements[e].Statement.Speaker == stanced.Id && u.IsCoveredBy(index.Statements[e])));
        }

        // "how did Reuters render Zelenskiy's address": the one person whose rendering is asked for.
        if (subject is null && outlet is not null && intent != QuestionIntent.Who && units.Where(u => u.Actor is not null).Select(u => u.Actor).Distinct().ToList() is [var rendered])
        {
            subject = rendered;
        }
        if (subject is null && speechVerbAt > 0 && intent != QuestionIntent.Who)
        {
            subject = DescribedSpeaker(tokens, matches, speechVerbAt) ?? TitleAsSubject(tokens, matches, units, saying: true);
        }
        else if (subject is null && speechVerbAt < 0 && intent != QuestionIntent.Who)
        {
            subject = PossessiveDescription(tokens, matches) ?? DescriptionBeforeOn(tokens, matches) ?? TitleAsSubject(tokens, matches, units, saying: false);
        }

        // "what did the colonel general say": words that only describe the speaker ask nothing of their statements.
        if (subject is { DescriptorStemsWithoutTerm.Count: > 0 })
        {
            units.RemoveAll(u => !u.IsKnown && u.Actor is null && subject.NamesHoldUnknownWord(u.Word));
        }

        // In a long message the words before a verb of saying are as likely the asker's story as a speaker.
        var unknownSpeaker = subject is null && speechVerbAt > 0 && units.Count < LongMessageUnits ? UnknownSpeaker(tokens, matches, speechVerbAt)
            : subject is null && speechVerbAt < 0 ? UnknownWhoseStance(tokens, matches) : null;
        var asksForFigures = AsksForFigures(tokens);
        if (asksForFigures)
        {
            units.RemoveAll(u => u.Actor is null && FigureWords.Contains(u.Word.ToLowerInvariant()));
        }

        var focus = intent == QuestionIntent.YesNo ? FocusOf(tokens, matches) : null;
        var date = DateMention.Find(question);
        if (date is not null)
        {
            units.RemoveAll(u => u.Actor is null && (u.Word.All(char.IsAsciiDigit) || DateMention.IsMonthName(u.Word)));
        }
        else
        {
            // "what did Russia pledge in March": when it was said, not what about.
            var months = tokens.Where((t, i) => i > 0 && tokens[i - 1].Word is "in" or "during" or "since" or "by" && DateMention.IsMonthName(t.Word))
                .Select(t => t.Word).ToHashSet(StringComparer.Ordinal);
            units.RemoveAll(u => u.Actor is null && months.Contains(u.Word.ToLowerInvariant()));
        }

        return new ParsedQuestion(intent, speechVerbAt >= 0, units, [.. terms.Select(p => (p.Key, p.Value))], subject, unknownSpeaker, focus, date)
        {
            SmallTalk = smallTalk,
            Conversation = conversation,
            Publisher = publisher,
            Outlet = outlet,
            AsksFuture = tokens.Exists(t => TimeCue.FutureWords.Contains(t.Word)),
            AsksExactly = tokens.Exists(t => PrecisionWords.Contains(t.Word)) || asksForFigures,
            Embedded = asksForFigures ? QuestionIntent.Quantity : EmbeddedIntent(tokens, speechVerbAt),
            AsksForFigures = asksForFigures,
            WordBeforeSaying = WordBeforeSaying(tokens),
            AfterTheCoverage = LaterOutcome.Asked(index, tokens, matches),
            UnknownAnswerKind = UnknownAnswerKind(tokens, units),
            AsksForWording = tokens.Exists(t => WordingWords.Contains(t.Word)),
            AsksForExactWords = asksForExactWords,
            CountedStems = CountedStems(tokens),
            AsksDuration = AsksHowLong(tokens),
            AsksWhatWasSaid = speechVerbAt >= 0 && PlainSayingVerbs.Contains(tokens[speechVerbAt].Word),
        };
    }

    /// <summary>The one person a yes/no question names by name, when it asks with a word of stance ("hopeful"). Not one
    /// named by a body ("did the Pentagon buy it": what the body's people said of the thing asked about).</summary>
    private CorpusActor? PersonAskedForAStance(List<CoverageUnit> units) =>
        units.Where(u => u.Actor is not null).Select(u => u.Actor!).Distinct().ToList() is [{ Actor.Kind: Knowledge.ActorKind.Person } person]
        && units.Exists(u => u.Actor == person && !person.Roles.Any(role => Text.WholeWords.HoldsAny(role, [u.Word])))
        && units.Exists(u => u.Actor is null && index.StanceWords.Contains(u.Word.ToLowerInvariant()))
            ? person
            : null;

    /// <summary>A long message carries the asker's own context ("my flight had no wifi"): a few words
    /// the coverage lacks count there as ordinary words, not as names the answer must contain.</summary>
    private void ForgiveAsidesOfALongMessage(List<CoverageUnit> units)
    {
        if (units.Count < LongMessageUnits)
        {
            return;
        }

        var unknown = units.Where(u => !u.IsKnown && u.IsNotable).ToList();
        if (unknown.Count > units.Count / AsideShare)
        {
            return;
        }

        foreach (var unit in unknown)
        {
            units[units.IndexOf(unit)] = unit with { Weight = index.UnknownIdf * CommonWordShare, IsNotable = false };
        }
    }

    /// <summary>"Was hat Selenskyj nach den Gesprächen gesagt?": a question with another language's
    /// function words in which most words are unknown to the coverage and to English. Its names and
    /// places were matched through transliteration; its other words are the asker's language, which
    /// says nothing the coverage could be checked against.</summary>
    private void ReadAsAnotherLanguage(List<TextToken> tokens, List<CoverageUnit> units)
    {
        var foreign = tokens.Count(t => !t.IsFunctionWord && ForeignFunctionWords.Contains(t.Word) && index.TermOf(t.Stem) < 0);
        var unknown = units.Count(u => !u.IsKnown && u.Actor is null);
        // Two of the language's function words settle it; one only when most words are unknown as well.
        if (foreign == 0 || (foreign < 2 && (unknown < 2 || unknown * 2 < units.Count)))
        {
            return;
        }

        // Its function words ("nach", "den") are no part of what is asked; its other words may be.
        units.RemoveAll(u => !u.IsKnown && u.Actor is null && ForeignFunctionWords.Contains(u.Word.ToLowerInvariant()));
        for (var i = 0; i < units.Count; i++)
        {
            if (!units[i].IsKnown && units[i].Actor is null)
            {
                units[i] = units[i] with { Weight = index.UnknownIdf * CommonWordShare, IsNotable = false, IsForeign = true };
            }
        }
    }

    /// <summary>"how many Russian troops …": the stems of the first words after "how many" (what is counted is
    /// among them), when the data has them; empty for any other question.</summary>
    private string[] CountedStems(List<TextToken> tokens)
    {
        if (AsksHowLong(tokens))
        {
            // "how long for Crimea": a number of some span of time ("a 15-year period", "three days").
            return [.. DurationStems.Where(stem => index.TermOf(stem) >= 0)];
        }

        var at = tokens.FindIndex(t => t.Word == "how");
        if (at < 0 || at + 2 >= tokens.Count || tokens[at + 1].Word != "many")
        {
            return [];
        }

        var counted = tokens.Skip(at + 2).Where(t => !t.IsFunctionWord).Take(CountedWords).Select(t => t.Stem).ToList();
        // "how many were hurt": "25 people have been wounded" counts them in a synonym the data has.
        var synonyms = counted.SelectMany(stem => index.SynonymStems.GetValueOrDefault(stem, []));
        return [.. counted.Concat(synonyms).Where(stem => index.TermOf(stem) >= 0).Distinct(StringComparer.Ordinal)];
    }

    private static bool AsksHowLong(List<TextToken> tokens) => tokens.Zip(tokens.Skip(1)).Any(p => p.First.Word == "how" && p.Second.Word == "long");

    /// <summary>"which palace", "which reporter", "how many kilometres": the kind of thing asked for, when no statement has a word for it.</summary>
    private static string? UnknownAnswerKind(List<TextToken> tokens, List<CoverageUnit> units) =>
        tokens.Where((t, i) => i > 0 && (tokens[i - 1].Word == "which" || (i > 1 && tokens[i - 2].Word == "how" && tokens[i - 1].Word is "many" or "much")))
            .Select(t => units.Find(u => u.Word == t.Word))
            .FirstOrDefault(u => u is { IsKnown: false, IsForeign: false, Actor: null })?.Word;

    /// <summary>"what did Biden say when a reporter asked him about …": who put the question to the speaker is the
    /// occasion of the remark, not what it is about (what follows "asked about" still is).</summary>
    private static void PassOverTheAsking(List<TextToken> tokens)
    {
        var when = tokens.FindIndex(t => t.Word == "when");
        var asked = when < 0 ? -1 : tokens.FindIndex(when + 1, t => t.Word is "asked" or "pressed" or "questioned");
        if (asked < 0 || asked - when > 4)
        {
            return;
        }

        for (var i = when + 1; i <= asked; i++)
        {
            tokens[i] = tokens[i] with { IsFunctionWord = true };
        }
    }

    /// <summary>"…, exact quote", "in quotes", "verbatim pls", "his actual words": how the answer should be given, not what it
    /// is about. Returns whether the message insists on the speaker's own words that way, or closes with "quote?" (not "is there
    /// a quote on neutrality", "who was quoted"); "quote pls" closes it too.</summary>
    private static bool PassOverTheFormAsked(List<TextToken> tokens)
    {
        var asked = tokens.FindLastIndex(t => !PolitenessWords.Contains(t.Word)) is var last and > 0 && tokens[last].Word == "quote";
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : "";
            var opensTheForm = (OwnWordsOpeners.Contains(tokens[i].Word) && next is "quote" or "quotes" or "words" or "wording")
                || (tokens[i].Word == "in" && next == "quotes");
            if (tokens[i].Word == "verbatim" || opensTheForm)
            {
                tokens[i] = tokens[i] with { IsFunctionWord = true };
                asked = true;
            }

            if (tokens[i].Word == "in" && next == "quotes")
            {
                tokens[i + 1] = tokens[i + 1] with { IsFunctionWord = true };
            }
        }

        return asked;
    }

    /// <summary>"kirby said it's a repositioning right", "… correct?": a closing word that asks to have a statement confirmed
    /// is no word the statement must hold; nor is the "right" of "right after the talks", "right now".</summary>
    private static void PassOverATag(List<TextToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Word == "right" && tokens[i + 1].Word is "after" or "before" or "now" or "away" or "then" or "when")
            {
                tokens[i] = tokens[i] with { IsFunctionWord = true };
            }
        }

        if (tokens.Count >= 4 && tokens[^1].Word is "right" or "correct" or "true" or "innit" or "no" or "yes" && !tokens[^2].IsPossessive
            && tokens[^2].Word is not ("the" or "a" or "to" or "human" or "civil" or "far" or "not"))
        {
            tokens[^1] = tokens[^1] with { IsFunctionWord = true };
        }
    }

    /// <summary>"who is Medinsky again", "what was his role again": a closing "again" after "who/what is" asks to be reminded
    /// (unlike "will they meet again").</summary>
    private static void PassOverAReminder(List<TextToken> tokens)
    {
        if (tokens.Count >= 3 && tokens[^1].Word == "again" && tokens[0].Word is "who" or "whos" or "what" or "whats"
            && (tokens[0].Word is "whos" or "whats" || tokens[0].IsPossessive || tokens[1].Word is "is" or "was" or "are" or "were"))
        {
            tokens[^1] = tokens[^1] with { IsFunctionWord = true };
        }
    }

    private static readonly FrozenSet<string> PolitenessWords = new[] { "pls", "plz", "please", "thx", "thanks", "ty" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OwnWordsOpeners = new[] { "exact", "actual", "own", "precise", "direct" }.ToFrozenSet(StringComparer.Ordinal);

    private string? WordBeforeSaying(List<TextToken> tokens)
    {
        var verb = tokens.FindIndex(t => index.SpeechVerbs.Contains(t.Word));
        return verb <= 0 ? null : tokens.Take(verb).LastOrDefault(t => !t.IsFunctionWord).Word;
    }

    /// <summary>"any numbers?", "did he give figures": asks for a statement with a stated number in it ("small numbers" is none);
    /// the word itself is no topic.</summary>
    private static readonly FrozenSet<string> FigureWords = new[] { "numbers", "figures", "stats", "statistics" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words that may stand right before a figure word that asks for figures ("any numbers", "exact figures"); any
    /// other describes something ("small numbers", "the numbers", "what numbers of troops"). A follow-up asks "about numbers".</summary>
    private static readonly FrozenSet<string> FigureAskingWords = new[] { "any", "some", "about", "exact", "actual", "hard", "real", "give", "gave", "cite", "cited", "share", "shared" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static bool AsksForFigures(List<TextToken> tokens) =>
        !tokens.Exists(t => t.Word == "how")
        && tokens.Where((t, i) => FigureWords.Contains(t.Word) && (i == 0 || FigureAskingWords.Contains(tokens[i - 1].Word))).Any();

    /// <summary>"did Fomin say when …", "did he say how many …": a time or a number asked inside the question.</summary>
    private static QuestionIntent? EmbeddedIntent(List<TextToken> tokens, int speechVerbAt)
    {
        // "what did Biden say when asked …": "when" there joins a clause, it asks nothing.
        if (speechVerbAt < 0 || speechVerbAt + 2 >= tokens.Count || tokens[speechVerbAt + 1].Word is not ("when" or "how" or "what")
            || tokens[speechVerbAt + 2].Word is "asked" or "questioned" or "pressed")
        {
            return null;
        }

        var intent = IntentOf(tokens[(speechVerbAt + 1)..]);
        return intent is QuestionIntent.When or QuestionIntent.Quantity ? intent : null;
    }

    private void CorrectSpelling(List<TextToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsFunctionWord || index.Lexicon.Contains(token.Word) || index.TermOf(token.Stem) >= 0)
            {
                continue;
            }

            var ordinary = index.Vocabulary.CommonWords.Contains(token.Word);
            if (!ordinary && FunctionWords.IsSlipOf(token.Word))
            {
                tokens[i] = token with { IsFunctionWord = true };
            }
            else if (index.Lexicon.Correct(token.Word, ordinary) is { } stem)
            {
                tokens[i] = token with { Stem = stem };
            }
        }
    }

    /// <summary>"head of the Russian delegation" names Medinsky, not also the delegation inside it; "the US
    /// president" names Biden, not also the words for the United States inside it.</summary>
    private void RemoveShadowedActors(List<ConceptMatch> matches)
    {
        matches.RemoveAll(inner => !IsActor(inner) && matches.Any(outer => IsActor(outer) && outer.Length > inner.Length
            && outer.Start <= inner.Start && outer.Start + outer.Length >= inner.Start + inner.Length));
        matches.RemoveAll(inner => IsActor(inner) && matches.Any(outer => IsActor(outer) && outer != inner
            && outer.Start <= inner.Start && outer.Start + outer.Length >= inner.Start + inner.Length
            && (outer.Length > inner.Length || Preference(outer) < Preference(inner)
                || (Preference(outer) == Preference(inner) && outer.Concept < inner.Concept))));
    }

    /// <summary>"the Russian and Ukrainian foreign ministers": a title in the plural names no one person who holds it.</summary>
    private void RemovePluralTitles(List<TextToken> tokens, List<ConceptMatch> matches) =>
        matches.RemoveAll(m => IsActor(m) && index.ActorsByConcept[m.Concept].Actor.Kind == Knowledge.ActorKind.Person
            && tokens[m.Start + m.Length - 1].Word is { Length: > 3 } last && last.EndsWith('s') && !tokens[m.Start + m.Length - 1].IsPossessive
            && IsOrdinary(last) && IsOrdinary(last[..^1]));

    /// <summary>Between two actors named by the same words, the one who speaks, then a person.</summary>
    private int Preference(ConceptMatch match)
    {
        var actor = index.ActorsByConcept[match.Concept];
        return (actor.OwnStatements > 0 ? 0 : 2) + (actor.Actor.Kind == Knowledge.ActorKind.Person ? 0 : 1);
    }

    private bool IsActor(ConceptMatch match) => index.Concepts[match.Concept].Kind == ConceptKind.Actor;

    private static QuestionIntent IntentOf(List<TextToken> tokens)
    {
        for (var i = 0; i < Math.Min(IntentWindow, tokens.Count); i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : "";
            switch (tokens[i].Word)
            {
                case "who" or "whom" or "whose" or "whos":
                    return QuestionIntent.Who;
                case "when":
                    return QuestionIntent.When;
                case "where":
                    return QuestionIntent.Where;
                case "why":
                    return QuestionIntent.Why;
                case "how" when next == "come":
                    return QuestionIntent.Why;
                case "how" when next is "many" or "much" or "long":
                    return QuestionIntent.Quantity;
                case "what" or "whats" when next is "percentage" or "percent" or "proportion" or "share":
                    return QuestionIntent.Quantity;
                case "what" or "which" or "whats" when next is "day" or "date" or "time" or "year" or "month":
                    return QuestionIntent.When;
                case "what" or "which" or "whats" when next is "city" or "place" or "location" or "venue" or "country" or "region":
                    return QuestionIntent.Where;
                case "what" or "which" or "whats" when next is "reason" or "motive" or "purpose":
                    return QuestionIntent.Why;
                case "what" or "which" or "whats" or "how":
                    return QuestionIntent.What;
            }
        }

        return tokens.Count > 0 && tokens[0].Word is "did" or "does" or "do" or "is" or "are" or "was" or "were" or "will"
            or "would" or "has" or "have" or "had" or "can" or "could" or "should" or "isnt" or "didnt" or "doesnt"
            ? QuestionIntent.YesNo
            : QuestionIntent.General;
    }

    /// <param name="saidWordsAreTopics">The speaker is named by "according to", or believing is asked: verbs of saying are what was said.</param>
    private void AddUnits(List<TextToken> tokens, List<ConceptMatch> matches, int speechVerbAt, List<CoverageUnit> units, Dictionary<int, double> terms, bool saidWordsAreTopics)
    {
        var actorDone = new HashSet<ConceptMatch>();
        CoverageUnit? previous = null;
        int[]? previousConcepts = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var actorMatch = matches.FirstOrDefault(m => IsActor(m) && m.Start <= i && i < m.Start + m.Length);
            if (actorMatch.Length > 0)
            {
                if (actorDone.Add(actorMatch))
                {
                    var term = index.ConceptTermId(actorMatch.Concept);
                    var actor = index.ActorsByConcept[actorMatch.Concept];
                    units.Add(new CoverageUnit(term >= 0 ? [term] : [], index.IdfOfTerm(term), token.Word, actor));
                    AddTerm(terms, term, 1.0);
                }

                previous = null;
                continue;
            }

            // "what did Medinsky say Ukraine refuses": a verb of responding after the verb of saying is what was said.
            // With the speaker named by "according to" ("are the Russians saying they're withdrawing, per Kirby"), even "saying" is what was said.
            var saidResponse = (speechVerbAt >= 0 && i > speechVerbAt && index.ReactionVerbs.Contains(token.Word)) || saidWordsAreTopics;
            if (token.IsFunctionWord || i == speechVerbAt || (IsSpeechVerbAt(tokens, i) && !saidResponse) || IsIntentHead(tokens, i) || IsDurationVerb(tokens, i) || IsCatenative(tokens, i))
            {
                previous = null;
                continue;
            }

            var covering = matches.Where(m => m.Start <= i && i < m.Start + m.Length
                && index.Concepts[m.Concept].Kind != ConceptKind.AnswerType).ToList();
            var concepts = covering.Select(m => index.ConceptTermId(m.Concept)).Where(t => t >= 0).Distinct().Order().ToArray();
            var stemTerm = index.TermOf(token.Stem);
            if (previous is not null && concepts.Length > 0 && previousConcepts!.AsSpan().SequenceEqual(concepts))
            {
                continue;
            }

            int[] alternatives = stemTerm >= 0 ? [stemTerm, .. concepts] : concepts;
            var weight = stemTerm >= 0 ? index.IdfOfTerm(stemTerm)
                : concepts.Length > 0 ? concepts.Max(index.IdfOfTerm)
                : IsOrdinary(token) ? index.UnknownIdf * CommonWordShare
                : index.UnknownIdf;
            previous = new CoverageUnit(alternatives, weight, token.Word, null)
            {
                IsNotable = !IsOrdinary(token),
                IsForeign = alternatives.Length == 0 && IsOtherScript(token),
            };
            previousConcepts = concepts;
            units.Add(previous);

            var boost = IsAnswerHead(tokens, i) ? AnswerHeadBoost : 1.0;
            AddTerm(terms, stemTerm, boost);
            foreach (var match in covering)
            {
                // A phrase the data names ("military bases", "pull back") is stronger evidence than a word.
                var phraseWeight = match.Length > 1 ? 1.0 + 0.5 * (match.Length - 1) : ConceptWeight;
                AddTerm(terms, index.ConceptTermId(match.Concept), phraseWeight * boost);
            }
        }
    }

    /// <summary>An ordinary word, or a word typed in another script that matched nothing after
    /// transliteration: a name would have met the data's spelling ("Зеленський"), so it is most
    /// likely the asker's own language ("сказал", "переговоры"), which must not veto an answer.</summary>
    private bool IsOrdinary(TextToken token) => IsOrdinary(token.Word) || IsOtherScript(token);

    private bool IsOtherScript(TextToken token) =>
        _question.AsSpan(token.Start, token.End - token.Start).ContainsAnyExceptInRange('\0', '\u024F');

    /// <summary>An ordinary word, except those that change what a question refers to ("the next
    /// round", "meet again"): a statement about the round that happened does not answer those.</summary>
    private bool IsOrdinary(string word) =>
        index.Vocabulary.CommonWords.Contains(word) && word is not ("next" or "again" or "future" or "upcoming" or "later" or "tomorrow" or "previous");

    /// <summary>"day" in "what day did they meet": the kind of answer, already in the intent.</summary>
    private static bool IsIntentHead(List<TextToken> tokens, int i) =>
        i > 0 && ((tokens[i - 1].Word is "what" or "which" or "whats"
            && tokens[i].Word is "day" or "date" or "time" or "year" or "month" or "city" or "country" or "region" or "place" or "location" or "venue" or "reason" or "motive" or "purpose")
            || (tokens[i - 1].Word == "how" && tokens[i].Word == "long"));

    /// <summary>"trying" in "was Russia trying to deceive people": a verb that only leads to the one that says what was done
    /// (no form that is also a noun: "the attempt to capture Kyiv" is what was said).</summary>
    private static bool IsCatenative(List<TextToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Word == "to" && CatenativeVerbs.Contains(tokens[i].Word);

    /// <summary>"last" in "how long would the consultation last": the kind of answer, already in the intent.</summary>
    private static bool IsDurationVerb(List<TextToken> tokens, int i) =>
        tokens[i].Word is "last" or "lasts" or "lasted" or "take" or "takes" or "took"
        && Enumerable.Range(1, Math.Max(0, i - 1)).Any(j => tokens[j - 1].Word == "how" && tokens[j].Word == "long");

    private static bool IsAnswerHead(List<TextToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Word is "which" or "what" or "whats";

    private void AddAnswerType(QuestionIntent intent, Dictionary<int, double> terms)
    {
        var type = intent switch
        {
            QuestionIntent.When => "when",
            QuestionIntent.Where => "where",
            QuestionIntent.Why => "why",
            _ => null,
        };
        if (type is not null && index.AnswerTypeConcepts.TryGetValue(type, out var concept))
        {
            AddTerm(terms, index.ConceptTermId(concept), AnswerTypeWeight);
        }
    }

    /// <summary>"what city", "which countries": places of that kind answer it.</summary>
    private void AddPlaceKind(List<TextToken> tokens, Dictionary<int, double> terms)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            // "which countries": the word itself stays a word to look for ("countries including …").
            var head = IsIntentHead(tokens, i) || (IsAnswerHead(tokens, i) && tokens[i].Word is "cities" or "countries" or "regions");
            if (head && index.AnswerTypeConcepts.TryGetValue("where:" + Singular(tokens[i].Word), out var concept))
            {
                AddTerm(terms, index.ConceptTermId(concept), PlaceKindWeight);
            }
        }
    }

    private static string Singular(string kind) =>
        kind.EndsWith("ies", StringComparison.Ordinal) ? kind[..^3] + "y" : kind.EndsWith('s') ? kind[..^1] : kind;

    private static void AddTerm(Dictionary<int, double> terms, int term, double weight)
    {
        if (term >= 0)
        {
            terms[term] = Math.Max(terms.GetValueOrDefault(term), weight);
        }
    }

}
