using System.Globalization;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>An immutable, searchable view of the loaded articles: statements with BM25F postings,
/// concepts (synonyms, topics, actors, places, answer cues) and the words for spelling correction.
/// Built once per data snapshot by <see cref="KnowledgeIndexBuilder"/>.</summary>
internal sealed class KnowledgeIndex
{
    public required IReadOnlyList<Article> Articles { get; init; }

    public required Vocabulary Vocabulary { get; init; }

    public required IReadOnlyList<IndexedStatement> Statements { get; init; }

    /// <summary>What ranking checks of every statement, side by side in flat arrays: reading them for
    /// tens of thousands of candidates costs no trip through each statement's objects.</summary>
    public required StatementKind[] StatementKinds { get; init; }

    /// <summary>Each statement's article date as the number yyyymmdd (20220329), or -1 when undated:
    /// a date in a question is matched with integer arithmetic, not a calendar conversion per statement.</summary>
    public required int[] StatementDates { get; init; }

    /// <summary>Statements with the same speaker and exactly the same words (one quote carried by many
    /// outlets) share a wording id.</summary>
    public required int[] StatementWordings { get; init; }

    /// <summary>Concept id of each statement's speaker.</summary>
    public required int[] StatementSpeakers { get; init; }

    /// <summary>Concept id of the outlet each statement came through, or -1.</summary>
    public required int[] StatementVias { get; init; }

    public bool IsOnDate(int statement, (int Month, int Day, int? Year) date)
    {
        var packed = StatementDates[statement];
        return packed >= 0 && packed % 10_000 == date.Month * 100 + date.Day && (date.Year is not { } year || packed / 10_000 == year);
    }

    public static int PackDate(DateOnly? date) => date is { } d ? d.Year * 10_000 + d.Month * 100 + d.Day : -1;

    public required IReadOnlyList<Concept> Concepts { get; init; }

    public required ConceptMatcher Matcher { get; init; }

    public required IReadOnlyDictionary<string, CorpusActor> Actors { get; init; }

    public required IReadOnlyDictionary<int, CorpusActor> ActorsByConcept { get; init; }

    public required IReadOnlyDictionary<string, int> TermIds { get; init; }

    /// <summary>The key (stem, or "#" and a concept id) of each term id.</summary>
    public required IReadOnlyList<string> TermKeys { get; init; }

    public required IReadOnlyList<Postings> Postings { get; init; }

    public required Lexicon Lexicon { get; init; }

    /// <summary>Verbs of saying and of responding (<see cref="ReactionVerbs"/> is the second part).</summary>
    public required IReadOnlySet<string> SpeechVerbs { get; init; }

    public required IReadOnlySet<string> ReactionVerbs { get; init; }

    /// <summary>Words asking what someone thinks or does (data/vocabulary.json "stance_words").</summary>
    public required IReadOnlySet<string> StanceWords { get; init; }

    /// <summary>Concept id of each answer type ("when", "where", "why") that the vocabulary defines.</summary>
    public required IReadOnlyDictionary<string, int> AnswerTypeConcepts { get; init; }

    private string? _capabilities;
    private IReadOnlyList<string>? _starterQuestions;

    /// <summary>"I can answer about … and what … said." (built once per snapshot).</summary>
    public string Capabilities => _capabilities ??= Query.AnswerWriter.DescribeCapabilities(this);

    /// <summary>A few questions the data answers, offered when the bot abstains (built once per snapshot).</summary>
    public IReadOnlyList<string> StarterQuestions => _starterQuestions ??= [.. Query.Suggestions.All(this).Take(4)];

    private IReadOnlyList<(string Publisher, IReadOnlySet<string> Words)>? _publishers;

    /// <summary>Each publisher of the articles with the words of its name other than function words.</summary>
    public IReadOnlyList<(string Publisher, IReadOnlySet<string> Words)> Publishers => _publishers ??=
        [.. Articles.Select(a => a.Publisher).Distinct(StringComparer.Ordinal)
            .Select(p => (p, (IReadOnlySet<string>)Text.Tokenizer.Tokenize(p).Where(t => !t.IsFunctionWord).Select(t => t.Word).ToHashSet(StringComparer.Ordinal)))
            .Where(p => p.Item2.Count > 0)];

    private IReadOnlyDictionary<string, string[]>? _synonymStems;

    /// <summary>For the stem of each one-word member of a vocabulary synonym group, the stems of the group's one-word
    /// members ("wound" → "wound", "hurt", "injur").</summary>
    public IReadOnlyDictionary<string, string[]> SynonymStems => _synonymStems ??= Vocabulary.Synonyms
        .Select(group => group.Where(word => !word.Contains(' ', StringComparison.Ordinal))
            .Select(word => Text.Stemmer.Lookup(word.ToLowerInvariant()).Stem).Distinct(StringComparer.Ordinal).ToArray())
        .SelectMany(stems => stems.Select(stem => (stem, stems)))
        .GroupBy(p => p.stem, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(p => p.stems).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private IReadOnlyDictionary<string, CorpusActor[]>? _peopleByTitle;

    /// <summary>The quoted people by the word each of their roles or names is headed by ("governor" of "governor of the
    /// Chernihiv region", "mayor" of "Chernihiv mayor"), worked out on first use.</summary>
    public IReadOnlyDictionary<string, CorpusActor[]> PeopleByTitle => _peopleByTitle ??= Actors.Values
        .Where(a => a.OwnStatements > 0 && a.Actor.Kind == ActorKind.Person)
        .SelectMany(a => a.Roles.Append(a.Actor.Role ?? "").Concat(a.Actor.Aliases).Select(HeadOf).Where(h => h.Length > 0).Select(h => (Title: h, Actor: a)))
        .GroupBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Actor).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);

    private IReadOnlyDictionary<string, CorpusActor[]>? _peopleByRoleOpening;

    /// <summary>The quoted people by the first word of each of their roles ("kremlin" of "Kremlin spokesman"), worked out on first use.</summary>
    public IReadOnlyDictionary<string, CorpusActor[]> PeopleByRoleOpening => _peopleByRoleOpening ??= Actors.Values
        .Where(a => a.OwnStatements > 0 && a.Actor.Kind == ActorKind.Person)
        .SelectMany(a => a.Roles.Select(role => Tokenizer.Tokenize(role)).Where(tokens => tokens.Count > 0).Select(tokens => (Opening: tokens[0].Word, Actor: a)))
        .GroupBy(p => p.Opening, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Actor).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>The word a role is named by: the last before "of" ("governor of the region"), else the last.</summary>
    private static string HeadOf(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.IndexOf(words, "of");
        return of > 0 ? words[of - 1] : words.Length > 0 ? words[^1] : "";
    }

    private IReadOnlyDictionary<string, CorpusActor>? _actorsByName;

    /// <summary>The actor of that name, any case (the first, when two share it); null when none has it.</summary>
    public CorpusActor? ActorNamed(string name) => (_actorsByName ??= Actors.Values
        .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)).GetValueOrDefault(name);

    private IReadOnlyDictionary<string, CorpusActor>? _outletsByName;

    /// <summary>The outlets by name, any case ("twitter" → Twitter).</summary>
    public IReadOnlyDictionary<string, CorpusActor> OutletsByName => _outletsByName ??= Actors.Values
        .Where(a => a.Actor.Kind == ActorKind.Outlet)
        .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The quoted actors of each party asked about so far (keyed by the party's words), so that the names, roles
    /// and affiliations of every actor are read once per snapshot and party, not once per question.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>?> PartyMembers { get; } = new(StringComparer.Ordinal);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _settings = new(StringComparer.Ordinal);

    /// <summary>The terms of the places where an article's story is set (<see cref="ArticleSetting"/>), which every statement of the
    /// article holds in its setting field. Worked out on first use.</summary>
    public int[] SettingTerms(Article article) => _settings.GetOrAdd(article.Id, static (_, arg) =>
        [.. ArticleSetting.PlaceConcepts(arg.Article, arg.Index.Matcher, arg.Index.Concepts).Select(arg.Index.ConceptTermId).Where(t => t >= 0).Distinct().Order()],
        (Index: this, Article: article));

    /// <summary>A headline word tells a story apart only when at most this share of the headlines hold it (or one of a few).</summary>
    private const double DistinctHeadlineShare = 0.25;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _headlines = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<int, int>? _headlineCounts;

    /// <summary>The terms of an article's headline that tell its story apart from the others: its words and the concepts they name
    /// ("Turkey says grain corridor talks make headway": "grain", "corridor", when most stories are of other things), not those
    /// most headlines share ("talks" in a corpus of the talks). Worked out on first use.</summary>
    public int[] HeadlineTerms(Article article) => _headlines.GetOrAdd(article.Id, static (_, arg) =>
    {
        var (index, article) = arg;
        var counts = index._headlineCounts ??= index.Articles.SelectMany(a => index.TermsOf(a.Title, contentOnly: true).Distinct())
            .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return [.. index.TermsOf(article.Title, contentOnly: true).Distinct()
            .Where(t => counts.GetValueOrDefault(t) is var count && count < index.Articles.Count
                && count <= Math.Max(1, index.Articles.Count * DistinctHeadlineShare)).Order()];
    }, (this, article));

    private IReadOnlyDictionary<string, string[]>? _countries;

    /// <summary>The countries the articles name (their places of kind "country"), by every word a question may name one by, in lower
    /// case: its name, its aliases and the forms of its people ("rwanda", "rwandan", "rwandans" → Rwanda and its words).</summary>
    public IReadOnlyDictionary<string, string[]> CoverageCountries => _countries ??= CountryWords.Of(Articles);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _stories = new(StringComparer.Ordinal);

    /// <summary>A lead is a paragraph of at least this many words (not a date, byline or short caption above it).</summary>
    private const int MinLeadWords = 20;

    /// <summary>The terms of what an article's story is about: every content word of its headline and of its lead (the first
    /// paragraph of some length), and the places it is set in. Worked out on first use. (<see cref="HeadlineTerms"/> are those that
    /// tell the story apart from the others.)</summary>
    public int[] StoryTerms(Article article) => _stories.GetOrAdd(article.Id, static (_, arg) =>
    {
        var (index, article) = arg;
        var lead = article.Paragraphs.FirstOrDefault(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinLeadWords) ?? "";
        return [.. index.TermsOf(article.Title, contentOnly: true).Concat(index.TermsOf(lead, contentOnly: true)).Concat(index.SettingTerms(article))
            .Distinct().Order()];
    }, (this, article));

    private IReadOnlyDictionary<string, int[]>? _oppositeTerms;

    /// <summary>For each word of the vocabulary's opposites, the terms of its opposites: their own stems and the synonym
    /// groups and topics they belong to ("easy" → "difficult" and its group). Worked out once per snapshot.</summary>
    public IReadOnlyDictionary<string, int[]> OppositeTerms => _oppositeTerms ??= Vocabulary.Opposites
        .ToDictionary(p => p.Key, p => p.Value.SelectMany(word => TermsOf(word)).Distinct().ToArray(), StringComparer.Ordinal);

    /// <param name="contentOnly">Whether function words are left out.</param>
    private IEnumerable<int> TermsOf(string text, bool contentOnly = false)
    {
        var tokens = Tokenizer.Tokenize(text);
        var matches = new List<ConceptMatch>();
        Matcher.Match(tokens, matches);
        return tokens.Where(t => !contentOnly || !t.IsFunctionWord).Select(t => TermOf(t.Stem)).Concat(matches.Select(m => ConceptTermId(m.Concept))).Where(t => t >= 0);
    }

    /// <summary>The inverse document frequency given to a word no statement contains.</summary>
    public double UnknownIdf => Idf(0);

    public static string ConceptTerm(int concept) => "#" + concept;

    public int TermOf(string key) => TermIds.TryGetValue(key, out var term) ? term : -1;

    public int ConceptTermId(int concept) => TermOf(ConceptTerm(concept));

    /// <summary>The concept a term stands for (the inverse of <see cref="ConceptTermId"/>), or null for a word.</summary>
    public Concept? ConceptOfTerm(int term) =>
        TermKeys[term] is ['#', .. var id] && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var concept) ? Concepts[concept] : null;

    public double IdfOfTerm(int term) => term < 0 ? UnknownIdf : Idf(Postings[term].DocumentFrequency);

    private double Idf(int documentFrequency) =>
        Math.Log(1 + (Statements.Count - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
