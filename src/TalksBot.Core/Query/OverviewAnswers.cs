using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Answers about the coverage as a whole: a summary (the lead statement of each side), who
/// is quoted, and two speakers or sides side by side. Every citation is a stored statement; the
/// words around them are fixed frames.</summary>
internal static class OverviewAnswers
{
    private const int MaxSides = 6;
    private const int MaxQuoted = 12;
    private const int PerComparedSide = 2;
    private const int PerSpeakerSummary = 3;

    public static Answer? For(KnowledgeIndex index, ParsedQuestion question, string text, SemanticSearch semantic)
    {
        var actors = question.MentionedActors.Distinct().ToList();
        var others = question.Units.Where(u => u.Actor is null).ToList();
        return question.Conversation switch
        {
            // "summarize it in 3 bullets", "summary of the last 24h": the reply's shape and time, not its subject, which
            // is a topic or place of the coverage ("tl;dr on Crimea").
            ConversationIntent.Summary when actors.Count == 0 && QueryEngine.SideSpeaking(index, question) is { } party && Conversation.Parties.OfWord(index, party) is { } members
                && OnlyTopics(index, others.Where(u => !string.Equals(u.Word, party, StringComparison.OrdinalIgnoreCase))) is { } partyTopics =>
                SideSummary(index, members, partyTopics),
            ConversationIntent.Summary when actors.Count == 0 && others.All(u => u.IsKnown || !u.IsNotable || u.Word.Any(char.IsAsciiDigit)) =>
                Summary(index, [.. others.Where(u => u.Alternatives.Any(t => index.ConceptOfTerm(t)?.Kind is ConceptKind.Topic or ConceptKind.Place))]),
            // "what did the Russians say overall", "gist of what Turkey said": that side's people, each in their lead statement.
            ConversationIntent.Summary when question is { HasSpeechVerb: true, Subject: { } side } && actors is [_] && side.Actor.Kind != ActorKind.Outlet
                && OnlyTopics(index, others) is { } sideTopics =>
                SideSummary(index, Members(index, side), sideTopics),
            ConversationIntent.Comparison when actors.Count >= 2 => Compare(index, actors, others, text, semantic),
            ConversationIntent.WhoIsQuoted when actors is [{ Actor.Kind: not ActorKind.Person } side] && others.All(u => ConversationCues.PeopleWords.Contains(u.Word))
                && Members(index, side).Count > 1 =>
                QuotedOf(index, Members(index, side), side.Name, []),
            ConversationIntent.WhoIsQuoted when actors.Count <= 1 && others.All(u => ConversationCues.PeopleWords.Contains(u.Word)) =>
                Quoted(index, actors.FirstOrDefault()),
            // "who was quoted about the jeddah talks" among stories of several events: the people that story quotes.
            ConversationIntent.WhoIsQuoted when actors.Count == 0 && others.Where(u => !ConversationCues.PeopleWords.Contains(u.Word)).ToList() is { Count: > 0 } named
                && Conversation.Parties.OfWord(index, named[0].Word) is null && Stories(index, named, all: true) is { } stories =>
                QuotedIn(index, stories),
            // "which Ukrainians were quoted about the talks", "did anyone from NATO comment": the side's people, on what it names.
            ConversationIntent.WhoIsQuoted when actors.Count == 0 && others.Where(u => !ConversationCues.PeopleWords.Contains(u.Word)).ToList() is [var party, .. var rest]
                && Conversation.Parties.OfWord(index, party.Word) is { } members && OnlyTopics(index, rest) is { } quotedTopics =>
                QuotedOf(index, members, "“" + party.Word + "”", quotedTopics),
            // "who all said stuff": asked who spoke, about nothing in particular.
            ConversationIntent.None when question.Intent == QuestionIntent.Who && question.HasSpeechVerb && question.Units.Count == 0 => Quoted(index, null),
            _ => null,
        };
    }

    /// <summary>The first statement of each side in its own words (a direct quote when it has one),
    /// sides with the most statements first. A side is the party a speaker belongs to (a delegation's
    /// member speaks for its country), or the speaker. "tl;dr on Crimea" summarises the statements that
    /// hold most of what it names.</summary>
    public static Answer? Summary(KnowledgeIndex index, IReadOnlyList<CoverageUnit> about)
    {
        // "tl;dr of the jeddah talks" among many stories: the stories set there or headlined so, whatever their statements say.
        var stories = Stories(index, about);
        var leads = Leads(index, s => stories?.Contains(s.Article.Id) ?? (about.Count == 0 || StatementRanker.Coverage(index, s, about) >= QueryEngine.MinTopicCoverage));
        if (leads.Count < 2 && about.Count > 0 && stories is null)
        {
            // "tl;dr of the Istanbul talks": words of the event itself, which no one side's statements hold.
            leads = Leads(index, _ => true);
        }

        if (leads.Count == 0)
        {
            return null;
        }

        var names = leads.Select(s => s.Citation.Speaker).Distinct().ToList();
        return new Answer(true, $"In short, in the words of those quoted — {AnswerWriter.JoinAnd(names)}:", [.. leads.Select(s => s.Citation)]);
    }

    /// <summary>The ids of the articles set where the question names whose setting or headline hold the most of the words asked
    /// about ("jeddah talks": the Jeddah story, not every story headlined with talks), when some but not all articles are; else null.</summary>
    /// <param name="all">Whether the stories must hold every word ("did Zelensky comment on Jeddah" asks about more than the story).</param>
    private static HashSet<string>? Stories(KnowledgeIndex index, IReadOnlyList<CoverageUnit> about, bool all = false)
    {
        // A place where stories are set picks them; words of a headline alone ("tl;dr on the ceasefire") leave the topic to the statements.
        var held = index.Articles.Where(a => about.Any(u => u.Alternatives.Any(t => Array.BinarySearch(index.SettingTerms(a), t) >= 0)))
            .Select(a => (a.Id, Count: about.Count(u => u.Alternatives.Any(t =>
                Array.BinarySearch(index.SettingTerms(a), t) >= 0 || Array.BinarySearch(index.HeadlineTerms(a), t) >= 0)))).ToList();
        var most = held.Count == 0 ? 0 : held.Max(a => a.Count);
        if (all && most < about.Count)
        {
            return null;
        }

        var stories = held.Where(a => a.Count == most).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return stories.Count > 0 && stories.Count < index.Articles.Count ? stories : null;
    }

    /// <summary>The units, when every one is a topic or place of the data ("about the talks"); null when something else is asked
    /// ("in short, what did Kirby say about the withdrawal" is no summary of Kirby).</summary>
    private static List<CoverageUnit>? OnlyTopics(KnowledgeIndex index, IEnumerable<CoverageUnit> units)
    {
        var list = units.ToList();
        return list.TrueForAll(u => u.Alternatives.Any(t => index.ConceptOfTerm(t)?.Kind is ConceptKind.Topic or ConceptKind.Place)) ? list : null;
    }

    /// <summary>The actor and, for a country or body, the quoted actors of its side (<see cref="Conversation.Parties"/>).</summary>
    private static IReadOnlySet<string> Members(KnowledgeIndex index, CorpusActor side) =>
        side.Actor.Kind == ActorKind.Person ? new HashSet<string>([side.Id], StringComparer.Ordinal)
            : new HashSet<string>([side.Id, .. Conversation.Parties.OfGovernment(index, side.Name) ?? Conversation.Parties.OfWord(index, side.Name)
                ?? new HashSet<string>()], StringComparer.Ordinal);

    /// <summary>The lead statement (in their own words when they have some) of each member who speaks, on what the question names
    /// when it names a topic or place; null when none of them speaks on it.</summary>
    private static Answer? SideSummary(KnowledgeIndex index, IReadOnlySet<string> members, IReadOnlyList<CoverageUnit> about)
    {
        var speakers = SpeakersOn(index, members, about).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index).Take(MaxSides).ToList();
        // One speaker ("summary of what Zelensky said"): their first few remarks in their own words, not one.
        var leads = speakers.Count == 1
            ? [.. speakers[0].OrderBy(s => s.Statement.Kind == StatementKind.DirectQuote ? 0 : 1).DistinctBy(s => s.Statement.Quote).Take(PerSpeakerSummary).OrderBy(s => s.Index)]
            : speakers.Select(OwnWordsFirst).ToList();
        if (leads.Count == 0)
        {
            return null;
        }

        var names = leads.Select(s => s.Citation.Speaker).Distinct().ToList();
        return new Answer(true, $"In short, in the words of {AnswerWriter.JoinAnd(names)}:", [.. leads.Select(s => s.Citation)]);
    }

    /// <summary>The statements of the side's people (not the article's own narration), on the topics given when any, by speaker.</summary>
    private static IEnumerable<IGrouping<string, IndexedStatement>> SpeakersOn(KnowledgeIndex index, IReadOnlySet<string> members, IReadOnlyList<CoverageUnit> about) =>
        index.Statements
            .Where(s => members.Contains(s.Speaker.Id) && s.Statement.Kind != StatementKind.Narration
                && (about.Count == 0 || StatementRanker.Coverage(index, s, about) >= QueryEngine.MinTopicCoverage))
            .GroupBy(s => s.Speaker.Id, StringComparer.Ordinal);

    private static IndexedStatement OwnWordsFirst(IGrouping<string, IndexedStatement> speaker) =>
        speaker.FirstOrDefault(s => s.Statement.Kind == StatementKind.DirectQuote) ?? speaker.First();

    private static List<IndexedStatement> Leads(KnowledgeIndex index, Func<IndexedStatement, bool> on) =>
        [.. index.Statements
            .Where(s => s.Statement.Kind != StatementKind.Narration && s.Speaker.Kind != ActorKind.Outlet && on(s))
            .GroupBy(s => s.Speaker.Affiliation ?? s.Speaker.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index)
            .Take(MaxSides)
            .Select(g => g.FirstOrDefault(s => s.Statement.Kind == StatementKind.DirectQuote) ?? g.First())
            .OrderBy(s => s.Index)];

    /// <summary>Everyone who speaks in the coverage (or for one side), each with their first statement.</summary>
    public static Answer? Quoted(KnowledgeIndex index, CorpusActor? side)
    {
        var speakers = Suggestions.QuotedActors(index)
            .Where(a => side is null || a == side || a.Actor.Affiliation == side.Id)
            .Take(MaxQuoted)
            .ToList();
        var firsts = speakers
            .Select(a => a.Entries.Select(e => index.Statements[e]).FirstOrDefault(s => s.Speaker.Id == a.Id))
            .OfType<IndexedStatement>()
            .ToList();
        return QuotedAnswer(side is null ? "Quoted" : "Quoted for " + side.Name, firsts);
    }

    /// <summary>The people the stories quote (not their outlets' own reporting), each with their first statement there.</summary>
    private static Answer? QuotedIn(KnowledgeIndex index, IReadOnlySet<string> stories) =>
        QuotedAnswer("Quoted there", [.. index.Statements
            .Where(s => stories.Contains(s.Article.Id) && s.Statement.Kind != StatementKind.Narration && s.Speaker.Kind != ActorKind.Outlet)
            .GroupBy(s => s.Speaker.Id, StringComparer.Ordinal).Take(MaxQuoted).Select(OwnWordsFirst)]);

    /// <summary>The side's quoted people (on the topics given, when any), each with their first statement there.</summary>
    private static Answer? QuotedOf(KnowledgeIndex index, IReadOnlySet<string> members, string side, IReadOnlyList<CoverageUnit> about) =>
        QuotedAnswer("Quoted for " + side, [.. SpeakersOn(index, members, about).Take(MaxQuoted).Select(OwnWordsFirst)]);

    /// <summary>"Quoted …: X (role), Y and Z (role).", citing each one's statement; null when no one is.</summary>
    private static Answer? QuotedAnswer(string lead, List<IndexedStatement> firsts) =>
        firsts.Count == 0 ? null
            : new Answer(true, $"{lead}: {AnswerWriter.JoinAnd([.. firsts.Select(s => s.Citation.Role is { } role ? $"{s.Citation.Speaker} ({role})" : s.Citation.Speaker)])}.",
                [.. firsts.Select(s => s.Citation)]);

    /// <summary>Each side's statements on what the question asks (their first ones when it asks
    /// nothing more), alternating, so the two read side by side. Among statements holding as much of what is
    /// asked ("on how things are going" holds none of "proceeding according to plan"), the nearest in meaning first.</summary>
    public static Answer? Compare(KnowledgeIndex index, IReadOnlyList<CorpusActor> actors, IReadOnlyList<CoverageUnit> topic, string text, SemanticSearch semantic)
    {
        var columns = actors.Take(3).Select(actor => StatementsOf(index, actor, topic, text, semantic)).Where(c => c.Count > 0).ToList();
        if (columns.Count < 2)
        {
            return null;
        }

        var cited = new List<IndexedStatement>();
        for (var row = 0; row < PerComparedSide; row++)
        {
            cited.AddRange(columns.Where(c => row < c.Count).Select(c => c[row]));
        }

        var distinct = cited.DistinctBy(s => s.Index).ToList();
        var names = distinct.Select(s => s.Citation.Speaker).Distinct().ToList();
        return new Answer(true, $"Side by side — {AnswerWriter.JoinAnd(names)}:", [.. distinct.Select(s => s.Citation)]);
    }

    private static List<IndexedStatement> StatementsOf(KnowledgeIndex index, CorpusActor actor, IReadOnlyList<CoverageUnit> topic, string text, SemanticSearch semantic)
    {
        var own = actor.Entries.Select(e => index.Statements[e])
            .Where(s => s.Speaker.Id == actor.Id || s.Speaker.Affiliation == actor.Id)
            .ToList();
        if (own.Count == 0)
        {
            own = [.. actor.Entries.Select(e => index.Statements[e])];
        }

        return topic.Count == 0
            ? [.. own.Take(PerComparedSide)]
            : [.. own.OrderByDescending(s => StatementRanker.Coverage(index, s, topic))
                .ThenByDescending(s => semantic.Cosine(index, text, s.Index) ?? 0).ThenBy(s => s.Index).Take(PerComparedSide)];
    }
}
