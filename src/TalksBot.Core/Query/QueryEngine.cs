using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Answers questions from the current knowledge snapshot with cited statements, or
/// abstains when the coverage does not answer them. See the README for how questions are read.</summary>
public sealed partial class QueryEngine(IKnowledgeSource knowledge, SemanticSearch? semantic = null) : IQueryEngine
{
    private readonly SemanticSearch _semantic = semantic ?? SemanticSearch.None;

    /// <summary>Share a subject's statement must cover of what is asked about the subject.</summary>
    internal const double MinTopicCoverage = 0.5;

    private const double RelativeRankFloor = 0.4;

    /// <summary>Statements ranked within this share of the best are close enough for meaning to choose among.</summary>
    private const double CloseRankShare = 0.9;
    private const double SpeakerRankShare = 0.7;

    /// <summary>Share of the usual coverage a statement needs among one outlet's rendering of the subject.</summary>
    private const double ScopedCoverageShare = 0.5;

    /// <summary>"how many …" needs a statement that is about exactly that, with a number in it.</summary>
    private const double QuantityCoverage = 0.7;
    private const int MaxCitations = 8;

    /// <summary>"why …": a statement giving a reason within this many of the best, holding this share of what it holds, goes first.</summary>
    private const int ReasonLookahead = 4;
    private const double ReasonCoverageShare = 0.75;

    /// <summary>"what did X say" lists this many statements at most (pages of three in chat).</summary>
    private const int MaxListed = 30;
    private const int DisputeLookahead = 2;

    private const int FragmentWords = 4;
    private const int CutFragmentWords = 8;

    public Answer Ask(string question) => Ask(knowledge.Current.Index, Chat.InputSanitizer.Clean(question), _semantic);

    public Answer QuotesOf(string person)
    {
        var index = knowledge.Current.Index;
        var parsed = new QuestionParser(index).Parse(Chat.InputSanitizer.Clean(person));
        if (parsed.MentionedActors.FirstOrDefault() is { } actor)
        {
            return Listing(index, parsed, actor);
        }

        var names = Suggestions.QuotedActors(index).Select(a => a.Name).Take(8);
        return new Answer(false, "I don't know who that is. People and parties quoted: " + string.Join(", ", names) + ".", [])
        {
            Suggestions = [.. Suggestions.QuotedActors(index).Take(3).Select(a => "quotes " + a.Name)],
        };
    }

    internal static Answer Ask(KnowledgeIndex index, string question, SemanticSearch? semantic = null, DecisionParameters? decision = null,
        DecisionTrace? trace = null)
    {
        semantic ??= SemanticSearch.None;
        decision ??= index.Vocabulary.Decision;
        var parsed = new QuestionParser(index).Parse(question);
        if (parsed.SmallTalk != SmallTalkKind.None)
        {
            return new Answer(false, AnswerWriter.SmallTalk(parsed.SmallTalk, index), []) { Suggestions = Suggestions.For(index), IsDeliberate = true };
        }

        if (OverviewAnswers.For(index, parsed, question, semantic) is { } overview)
        {
            return overview;
        }

        if (QuotedPhrase.Find(question) is { } phrase && QuotedPhrase.HeldBy(index, phrase) is { Count: > 0 } holding)
        {
            var cited = holding.Take(MaxCitations).Select(s => new RankedStatement(s, 1, 1)).ToList();
            return Answered(index, parsed, WithDisputes(index, cited), null);
        }

        // A long message: its question read on its own first, the whole message if that does not answer.
        if (parsed.Units.Count >= QuestionParser.LongMessageUnits && QuestionFocus.Find(question) is { } focus && focus.Length < question.Length
            && Ask(index, focus, semantic, decision, trace) is { Answered: true } focused)
        {
            return focused;
        }

        if (parsed.Units.Count == 0 && parsed.Subject is null)
        {
            return Abstain(index, parsed);
        }

        if (parsed.UnknownSpeaker is { } unknown)
        {
            return ByParty(index, parsed, unknown, question, semantic, decision)
                ?? ByIntroduction(index, unknown, question, semantic, decision, trace)
                ?? new Answer(false, AnswerWriter.NotQuoted(unknown, index), []) { Suggestions = Suggestions.For(index) };
        }

        // "what did the Ukrainians say about neutrality" where "Ukrainians" is a word of the coverage, not a speaker: the side's
        // people answer when one of them holds it; else the question is read as usual.
        if (parsed is { Subject: null, HasSpeechVerb: true } && SideSpeaking(index, parsed) is { } side
            && ByParty(index, parsed, side, question, semantic, decision) is { Answered: true } bySide)
        {
            return bySide;
        }

        if (parsed.AfterTheCoverage is { } newest)
        {
            return new Answer(false, AnswerWriter.AfterTheCoverage(newest, index), []) { Suggestions = Suggestions.For(index), IsDeliberate = true };
        }

        // "which palace hosted the talks": no statement names a palace, so none can say which.
        if (parsed.UnknownAnswerKind is not null)
        {
            return Abstain(index, parsed);
        }

        if (parsed.Intent == QuestionIntent.Who && !parsed.HasSpeechVerb && ProfileOf(index, parsed) is { } person)
        {
            return Profile(person, index);
        }

        // "who headed the Ukrainian delegation": a person asked for by a title that no quoted person holds with the rest.
        if (parsed.Intent == QuestionIntent.Who && !parsed.HasSpeechVerb && parsed.MentionedActors.Any()
            && parsed.Units.Any(u => u.Actor is null && index.PeopleByTitle.ContainsKey(Stemmer.Lookup(u.Word.ToLowerInvariant()).Stem)))
        {
            return Abstain(index, parsed);
        }

        // "how did Reuters report Zelenskiy's address": the publisher's rendering of something, not
        // only what came through Reuters as a source.
        var publisherAsked = parsed.Subject is { Actor.Kind: ActorKind.Outlet } && parsed.Publisher is not null && parsed.TopicUnits.Any();
        return parsed.Subject is { } subject && parsed.Intent != QuestionIntent.Quantity && !publisherAsked
            ? AboutSubject(index, parsed, subject, question, semantic, decision)
            : Decide(index, parsed, question, semantic, decision, trace);
    }

    /// <summary>"what did the flower seller in Rostov say": asked again with the name of the one the story introduced so.</summary>
    private static Answer? ByIntroduction(KnowledgeIndex index, string description, string question, SemanticSearch semantic, DecisionParameters decision,
        DecisionTrace? trace)
    {
        description = IntroducedSpeaker.Widened(description, question, index.SpeechVerbs);
        if (IntroducedSpeaker.Find(index, description, question) is not { } actor)
        {
            return null;
        }

        var named = question.Replace(description, actor.Name, StringComparison.OrdinalIgnoreCase);
        return new QuestionParser(index).Parse(named).UnknownSpeaker is null ? Ask(index, named, semantic, decision, trace) : null;
    }

    /// <summary>"who is Kirby", "who is the Pentagon spokesman", "who leads the Russian delegation":
    /// the actor whose names and role cover everything the question says.</summary>
    private static CorpusActor? ProfileOf(KnowledgeIndex index, ParsedQuestion question)
    {
        var named = question.MentionedActors.Distinct().ToList();
        if (named.Count == 1 && question.Units.All(u => u.Actor is not null))
        {
            return named[0];
        }

        return index.Actors.Values
            .Where(actor => actor.Entries.Count > 0 && question.Units.All(u => u.Alternatives.Any(actor.DescriptorContains)
                || (!u.IsKnown && actor.NamesHoldUnknownWord(u.Word))))
            .OrderBy(actor => named.Contains(actor) ? 1 : 0)
            .ThenBy(actor => actor.Actor.Kind == ActorKind.Person ? 0 : 1)
            .ThenByDescending(actor => actor.OwnStatements)
            .FirstOrDefault();
    }

    private static Answer Profile(CorpusActor actor, KnowledgeIndex index)
    {
        var statements = actor.Entries.Select(e => index.Statements[e]);
        var count = actor.OwnStatements > 0 ? actor.OwnStatements : actor.Entries.Count;
        var shown = actor.OwnStatements > 0 ? statements.Where(s => s.Statement.Speaker == actor.Id) : statements;
        return new Answer(true, AnswerWriter.Profile(actor, count), [.. shown.Take(MaxListed).Select(s => s.Citation)]);
    }

    private static Answer AboutSubject(KnowledgeIndex index, ParsedQuestion question, CorpusActor subject, string text, SemanticSearch semantic, DecisionParameters decision)
    {
        // "what did Putin say" when the coverage only mentions him: what others say of him is no answer.
        if (question.HasSpeechVerb && subject.OwnStatements == 0 && subject.Actor.Kind == ActorKind.Person)
        {
            return new Answer(false, AnswerWriter.NotQuoted(subject.Name, index), []) { Suggestions = Suggestions.For(index) };
        }

        var topicUnits = question.TopicUnits.ToList();
        if (topicUnits.Count == 0)
        {
            return Listing(index, question, subject);
        }

        // "how did Reuters render Zelenskiy's address": only that outlet's rendering, when it has one.
        var entries = subject.Entries;
        if (question.AsksForSource && subject.Entries.FindAll(e => question.IsFromAskedSource(index, e)) is { Count: > 0 } rendered)
        {
            entries = rendered;
        }

        var ranked = StatementRanker.Rank(index, question, topicUnits, entries);
        // "what did Zelensky say about Crimea in his address": a topic of the coverage the question names must
        // be in the statement; his address on something else does not answer it.
        var topics = CoverageTopics(index, topicUnits);
        // "did Blinken meet Lavrov": another person the question names by name must be in the statement too; not one named
        // as whose the subject is ("Zelensky's adviser").
        topics.AddRange(topicUnits.Where(u => subject.Actor.Kind == ActorKind.Person && IsPersonByName(u) && u.Actor != subject
            && !text.Contains(u.Word + "'s", StringComparison.OrdinalIgnoreCase) && !text.Contains(u.Word + "’s", StringComparison.OrdinalIgnoreCase)));
        ranked.RemoveAll(r => topics.Exists(u => !u.IsCoveredBy(r.Statement)));
        KeepAnswersOfTheAskedType(index, question, ranked);
        // The outlet's few statements of the subject are told apart by fewer of the question's words.
        var scoped = entries != subject.Entries;
        var minCoverage = Math.Min(MinTopicCoverage, MinCoverage(topicUnits.Count)) * (scoped ? ScopedCoverageShare : 1);
        CoveringFirst(ranked, minCoverage);
        if ((ranked.Count == 0 || ranked[0].Coverage < minCoverage) && Reactions(index, entries, topicUnits, minCoverage) is { Count: > 0 } reactions)
        {
            // "what did Biden say about the Kyiv pledge": his "We'll see" holds no word of it, but disputes it.
            ranked = reactions;
        }

        if ((ranked.Count == 0 || ranked[0].Coverage < minCoverage) && !scoped
            && InTheirStory(index, question, subject.Entries.Where(e => index.StatementSpeakers[e] == subject.Concept), topicUnits, topics) is { Count: > 0 } story)
        {
            // "what did the guesthouse owner in Ohrid say about the Kosovo–Serbia talks": the words name the story they spoke in.
            ranked = story;
        }

        if (ranked.Count == 0 || ranked[0].Coverage < minCoverage)
        {
            // "did Russia say they were reprioritizing": someone else may report what the subject said
            // (in any outlet, unless the question asked for one that has the subject's words).
            var reported = scoped ? null : Search(index, question, mentioning: subject, reportsSpeech: question.HasSpeechVerb);
            if (reported is { Answered: true })
            {
                return reported;
            }

            // "what did Biden actually think of the pledge": the subject's own words closest in meaning.
            // "how did Reuters render Zelenskiy's late-night address": words the coverage has, but no topic the outlet's
            // rendering lacks, so that rendering is the answer; a word it has nowhere ("losses") is a question it cannot answer.
            if (scoped && topics.Count == 0 && topicUnits.TrueForAll(u => u.IsKnown))
            {
                return Listing(index, question, subject);
            }

            var own = scoped ? [] : ByMeaning(index, question, text, semantic, decision, subject.Entries.ToHashSet());
            return own.Count > 0
                ? Answered(index, question, WithDisputes(index, own), null)
                : new Answer(false, AnswerWriter.NotOnTopic(subject), []) { Suggestions = Suggestions.For(index) };
        }

        PreferNearestInMeaning(index, text, semantic, ranked, minCoverage);
        EchoedWords.First(text, ranked, minCoverage);
        QuotedAccount.MergeRestatedAccounts(semantic, ranked, minCoverage * 0.75);
        var chosen = Renderings.PairTop(QuotedAccount.QuoteFirst(index, question, semantic, Select(question, ranked, minCoverage)), ranked);
        return Answered(index, question, WithDisputes(index, chosen), null);
    }

    /// <summary>The units that name a topic of the coverage ("NATO", "the ceasefire"), which an answer must hold itself.</summary>
    private static List<CoverageUnit> CoverageTopics(KnowledgeIndex index, IEnumerable<CoverageUnit> units) =>
        [.. units.Where(u => u.IsNotable && u.Alternatives.Any(t => index.ConceptOfTerm(t)?.Kind == ConceptKind.Topic))];

    /// <summary>The speaker's own statements whose story (its headline, lead or setting) holds every word of the question the
    /// statement does not — one at least among the headline's words that tell the story apart — and that hold every topic of the
    /// coverage the question names:
    /// the question names the occasion ("after the Antalya meeting", "about the Jeddah deal"), not something said. Only for what was
    /// said, not where, when, why or how many ("where were the talks held" after X is no question to X), and not whether X said it
    /// ("did Podolyak say anything about Russia's pledge" is not answered by his words in a story headlined with it).</summary>
    private static List<RankedStatement> InTheirStory(KnowledgeIndex index, ParsedQuestion question, IEnumerable<int> own, List<CoverageUnit> units,
        List<CoverageUnit> topics) =>
        !question.HasSpeechVerb || question.Intent == QuestionIntent.YesNo
            || question.AnswerType is QuestionIntent.Where or QuestionIntent.When or QuestionIntent.Why or QuestionIntent.Quantity ? []
        : [.. own.Select(e => index.Statements[e])
            .Where(s => units.Exists(u => !u.IsCoveredBy(s) && StatementRanker.StoryHolds(index, s, u, anchor: true))
                && units.TrueForAll(u => u.IsCoveredBy(s) || StatementRanker.StoryHolds(index, s, u))
                && topics.TrueForAll(u => u.IsCoveredBy(s)))
            .Select(s => new RankedStatement(s, 1, 1))];

    /// <summary>"what did Arakhamia tell reporters after Istanbul": a statement that holds enough of the question goes before
    /// those ranked higher on fewer of its words (the order within each part stays).</summary>
    private static void CoveringFirst(List<RankedStatement> ranked, double minCoverage)
    {
        var covering = ranked.FindAll(r => r.Coverage >= minCoverage);
        if (covering.Count > 0 && ranked[0].Coverage < minCoverage)
        {
            ranked.RemoveAll(r => r.Coverage >= minCoverage);
            ranked.InsertRange(0, covering);
        }
    }

    /// <summary>The statements among <paramref name="entries"/> that dispute others, by how much of the question
    /// they and what they dispute hold together (<see cref="StatementRanker.Coverage"/>), when that is enough.</summary>
    private static List<RankedStatement> Reactions(KnowledgeIndex index, List<int> entries, IReadOnlyList<CoverageUnit> units, double minCoverage) =>
        [.. entries.Select(e => index.Statements[e]).Where(s => s.Disputes.Count > 0)
            .Select(s => (Statement: s, Coverage: StatementRanker.Coverage(index, s, units)))
            .Select(p => new RankedStatement(p.Statement, p.Coverage, p.Coverage))
            .Where(r => r.Coverage >= minCoverage)
            .OrderByDescending(r => r.Coverage)];

    /// <summary>Among one speaker's statements that answer about equally well by words, the one nearest the
    /// question in meaning goes first.</summary>
    private static void PreferNearestInMeaning(KnowledgeIndex index, string text, SemanticSearch semantic, List<RankedStatement> ranked, double minCoverage)
    {
        var close = ranked.TakeWhile(r => r.Rank >= ranked[0].Rank * CloseRankShare && r.Coverage >= minCoverage).ToList();
        if (close.Count < 2)
        {
            return;
        }

        var nearest = close.MaxBy(r => semantic.Cosine(index, text, r.Statement.Index) ?? 0);
        ranked.Remove(nearest);
        ranked.Insert(0, nearest);
    }

    /// <summary>All of an actor's statements, in article and paragraph order.</summary>
    private static Answer Listing(KnowledgeIndex index, ParsedQuestion question, CorpusActor actor)
    {
        if (actor.Entries.Count == 0)
        {
            return new Answer(false, AnswerWriter.NotQuoted(actor.Name, index), []) { Suggestions = Suggestions.For(index) };
        }

        // Their own words first (what a person said: quoted before told), then what came through them (an outlet), then what they published;
        // one pass, so an actor quoted in thousands of articles costs no sort.
        var date = question.Date;
        var onDate = date is { } day && actor.Entries.Exists(e => index.IsOnDate(e, day));
        var buckets = new[] { new List<RankedStatement>(), new List<RankedStatement>(), new List<RankedStatement>() };
        var count = 0;
        foreach (var entry in actor.Entries)
        {
            if (onDate && !index.IsOnDate(entry, date!.Value))
            {
                continue;
            }

            // "any numbers?" after someone's statement: only what they said with a number in it.
            if (question.AnswerType == QuestionIntent.Quantity && !Numbers.Mentions(index.Statements[entry].Statement.Quote, question.AsksExactly))
            {
                continue;
            }

            count++;
            var bucket = buckets[index.StatementSpeakers[entry] == actor.Concept ? 0 : index.StatementVias[entry] == actor.Concept ? 1 : 2];
            if (bucket.Count < MaxListed)
            {
                bucket.Add(new RankedStatement(index.Statements[entry], 1, 1));
            }
        }

        if (count == 0)
        {
            return new Answer(false, AnswerWriter.NotOnTopic(actor), []) { Suggestions = Suggestions.For(index) };
        }

        var shown = buckets.SelectMany(b => question.AsksForWording || (question.AsksWhatWasSaid && actor.Actor.Kind == ActorKind.Person) ? QuotesFirst(b) : b)
            .DistinctBy(SameWords).Take(MaxListed)
            .OrderBy(r => question.IsFromAskedSource(index, r.Statement.Index) ? 0 : 1)
            .ToList();
        return Answered(index, question, WithDisputes(index, shown, MaxListed), AnswerWriter.Listing(actor, count));
    }

    /// <param name="mentioning">When set, only what others say naming this actor counts.</param>
    /// <param name="reportsSpeech">With <paramref name="mentioning"/>: only what others report the actor said.</param>
    private static Answer Search(KnowledgeIndex index, ParsedQuestion question, CorpusActor? mentioning = null, bool reportsSpeech = false)
    {
        var ranked = StatementRanker.Rank(index, question, question.Units, mentioning: mentioning);
        if (mentioning is not null && reportsSpeech)
        {
            ranked.RemoveAll(r => !ReportedSpeech.Reports(index, r.Statement, mentioning));
        }

        var minCoverage = question.AnswerType == QuestionIntent.Quantity ? QuantityCoverage : MinCoverage(question.Units.Count);
        KeepAnswersOfTheAskedType(index, question, ranked);

        if (ranked.Count == 0 || ranked[0].Coverage < minCoverage)
        {
            return Abstain(index, question);
        }

        var chosen = Renderings.PairTop(Select(question, ranked, minCoverage), ranked);
        return Answered(index, question, WithDisputes(index, chosen), null);
    }

    /// <summary>Share of the question's weight a statement must cover to be an answer. A longer
    /// question carries more of the asker's own words, so it needs a smaller share.</summary>
    internal static double MinCoverage(int units) => units switch
    {
        <= 3 => 0.5,
        < 8 => 0.4,
        _ => 0.3,
    };

    /// <summary>The best statement, then those close to it in rank that cover enough of the question. Asked
    /// for someone's words ("Biden not convinced, quote?"), their direct quote comes before an article's
    /// account of it.</summary>
    private static List<RankedStatement> Select(ParsedQuestion question, List<RankedStatement> ranked, double minCoverage)
    {
        var floor = ranked[0].Rank * RelativeRankFloor;
        List<RankedStatement> chosen = [.. ranked.Where((r, i) => i == 0 || (r.Coverage >= minCoverage * 0.75 && r.Rank >= floor)).DistinctBy(SameWords).Take(MaxCitations)];
        if (question.AsksForWording && chosen[0].Statement.Statement.Kind != StatementKind.DirectQuote
            && ranked.FindIndex(r => r.Statement.Statement.Kind == StatementKind.DirectQuote && SameSpeaker(r.Statement, chosen[0].Statement)
                && r.Coverage >= minCoverage * 0.75) is var at and >= 0)
        {
            var quote = ranked[at];
            chosen.Remove(quote);
            chosen.Insert(0, quote);
        }

        // "scale of challenges": a few quoted words, when the speaker's whole sentence holding them answers as well.
        var top = chosen[0].Statement;
        if (top.Statement.Kind == StatementKind.DirectQuote && IsFragment(top.Statement)
            && ranked.FindIndex(r => SameSpeaker(r.Statement, top) && r.Statement.Statement.Kind == StatementKind.DirectQuote && !IsFragment(r.Statement.Statement)
                && r.Coverage >= minCoverage * 0.75 && top.ContentStems.All(stem => Array.BinarySearch(r.Statement.ContentStems, stem, StringComparer.Ordinal) >= 0)) is var wholeAt and >= 0)
        {
            var whole = ranked[wholeAt];
            chosen.Remove(whole);
            chosen.Insert(0, whole);
        }

        return [.. chosen.Take(MaxCitations)];
    }

    /// <summary>One speaker, also as two articles name them ("not naive people" in one, "Ukrainians are not naive people" in another).</summary>
    private static bool SameSpeaker(IndexedStatement a, IndexedStatement b) =>
        a.Speaker == b.Speaker || string.Equals(a.Citation.Speaker, b.Citation.Speaker, StringComparison.OrdinalIgnoreCase);

    /// <summary>A word of the question that is a person's own name ("Lavrov"), not a word of their role.</summary>
    private static bool IsPersonByName(CoverageUnit unit) =>
        unit.Actor is { Actor.Kind: ActorKind.Person } person && person.Name.Split(' ').Contains(unit.Word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Two outlets carrying one quote word for word: it is shown once, from the first.</summary>
    private static (string Speaker, string Quote) SameWords(RankedStatement r) => (r.Statement.Statement.Speaker, r.Statement.Statement.Quote);

    private static IEnumerable<RankedStatement> QuotesFirst(IEnumerable<RankedStatement> statements) =>
        statements.OrderBy(r => r.Statement.Statement.Kind != StatementKind.DirectQuote ? 2 : IsFragment(r.Statement.Statement) ? 1 : 0);

    /// <summary>"We'll see": a quote of a few words says less than the speaker's sentence beside it, so it comes after;
    /// so does a short quote the excerpt cuts off ("Due to the fact tha").</summary>
    private static bool IsFragment(Statement statement) =>
        statement.Quote.AsSpan().Count(' ') < (statement.IsCut ? CutFragmentWords : FragmentWords) - 1;

    /// <summary>Puts the other side of a disputed claim right after it, so a claim is never shown
    /// without the statement that contests it (and the reverse).</summary>
    private static List<Cited> WithDisputes(KnowledgeIndex index, List<RankedStatement> chosen, int max = MaxCitations)
    {
        var result = new List<Cited>(chosen.Count + DisputeLookahead);
        var used = new HashSet<int>();
        var rankOf = chosen.ToDictionary(r => r.Statement.Index, r => r.Rank);
        for (var i = 0; i < chosen.Count; i++)
        {
            var statement = chosen[i].Statement;
            if (!used.Add(statement.Index))
            {
                continue;
            }

            result.Add(new Cited(statement, statement.Citation, chosen[i].Rank));
            if (i >= DisputeLookahead)
            {
                continue;
            }

            var partner = statement.Disputes.Concat(statement.DisputedBy).Where(p => !used.Contains(p))
                .OrderByDescending(p => rankOf.GetValueOrDefault(p))
                .Select(p => (int?)p).FirstOrDefault();
            if (partner is { } partnerIndex)
            {
                used.Add(partnerIndex);
                var other = index.Statements[partnerIndex];
                result.Add(new Cited(other, other.Citation with { IsCounterpoint = true }, rankOf.GetValueOrDefault(partnerIndex)));
            }
        }

        return result.Count > max ? result[..max] : result;
    }

    private static Answer Answered(KnowledgeIndex index, ParsedQuestion question, List<Cited> cited, string? text)
    {
        if (question.AsksForExactWords && question.Intent != QuestionIntent.Who && cited[0].Citation.Kind == StatementKind.ReportedClaim)
        {
            // "exact quote pls" where the best answer is an article's account of someone: their own words further down go first,
            // else there are none to quote, said so.
            var own = cited.FindIndex(c => c.Citation.Kind == StatementKind.DirectQuote && c.Statement.Speaker.Id == cited[0].Statement.Speaker.Id);
            if (own < 0)
            {
                return new Answer(false, AnswerWriter.OnlyAnAccount(cited[0].Citation), []) { Suggestions = Suggestions.For(index) };
            }

            cited = [cited[own], .. cited.Where((_, i) => i != own)];
        }

        var stems = QuestionStems(index, question);
        text ??= question.Intent == QuestionIntent.Who && question.HasSpeechVerb
            ? AnswerWriter.Speakers(DistinctSpeakers(cited), stems)
            : AnswerWriter.Evidence(cited, stems, question.Intent);
        return new Answer(true, text, [.. cited.Select(c => c.Citation)]);
    }

    /// <summary>Who a "who said …" question is about: the speakers of the statements that answer it
    /// nearly as well as the best one.</summary>
    private static List<Cited> DistinctSpeakers(List<Cited> cited)
    {
        var floor = cited[0].Rank * SpeakerRankShare;
        var speakers = cited.Where(c => !c.Citation.IsCounterpoint && c.Citation.Kind != StatementKind.Narration && c.Rank >= floor)
            .DistinctBy(c => c.Statement.Speaker.Id).Take(3).ToList();
        return speakers.Count > 0 ? speakers : [cited[0]];
    }

    private static HashSet<string> QuestionStems(KnowledgeIndex index, ParsedQuestion question)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in question.Units)
        {
            foreach (var term in unit.Alternatives)
            {
                stems.Add(index.TermKeys[term]);
            }

            // "hurt" finds the sentence saying "wounded".
            stems.UnionWith(index.SynonymStems.GetValueOrDefault(Stemmer.Lookup(unit.Word.ToLowerInvariant()).Stem, []));
        }

        return stems;
    }

    private static Answer Abstain(KnowledgeIndex index, ParsedQuestion question)
    {
        var unknown = question.Units.Where(u => !u.IsKnown && u.IsNotable).Select(u => u.Word).Distinct().Take(3).ToList();
        return new Answer(false, AnswerWriter.Abstain(unknown, index), []) { Suggestions = Suggestions.For(index) };
    }
}
