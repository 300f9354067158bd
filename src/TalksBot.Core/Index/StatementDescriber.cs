using System.Collections.Concurrent;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>Turns an article's statements into their fields: words, concepts, speaker groups and
/// topics. It only reads the concepts and actors the builder has registered (and adds words to a
/// concurrent lexicon), so articles can be described in parallel.</summary>
internal sealed class StatementDescriber
{
    private readonly IReadOnlyList<Concept> _concepts;
    private readonly ConceptMatcher _matcher;
    private readonly IReadOnlyDictionary<string, CorpusActor> _actors;
    private readonly IReadOnlyDictionary<string, int> _topics;
    private readonly IReadOnlyDictionary<int, int> _placeKinds;
    private readonly int? _where;

    /// <summary>The term key of each concept, made once instead of once per mention.</summary>
    private readonly string[] _conceptTerms;

    public StatementDescriber(
        IReadOnlyList<Concept> concepts,
        ConceptMatcher matcher,
        IReadOnlyDictionary<string, CorpusActor> actors,
        IReadOnlyDictionary<string, int> topics,
        IReadOnlyDictionary<string, int> answerTypes,
        IReadOnlyDictionary<int, int> placeKinds)
    {
        _concepts = concepts;
        _matcher = matcher;
        _actors = actors;
        _topics = topics;
        _placeKinds = placeKinds;
        _where = answerTypes.TryGetValue("where", out var where) ? where : null;
        _conceptTerms = [.. concepts.Select(c => KnowledgeIndex.ConceptTerm(c.Id))];
    }

    /// <summary>Token and match lists reused by each worker thread: an article's tokens are read
    /// once and dropped, so holding them in fresh lists would only feed the garbage collector.</summary>
    [ThreadStatic]
    private static Buffers? _buffers;

    /// <summary>The fields of each statement, in the article's order. The content words of the
    /// paragraphs go into <paramref name="lexicon"/> (word to stem) for spelling correction.</summary>
    public List<StatementFields> Describe(Article article, ConcurrentDictionary<string, string> lexicon)
    {
        var buffers = _buffers ??= new Buffers();
        var paragraphTokens = buffers.ParagraphTokens(article.Paragraphs.Count);
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            Tokenizer.Tokenize(article.Paragraphs[p], paragraphTokens[p]);
            foreach (var token in paragraphTokens[p])
            {
                // A look-up takes no lock, unlike TryAdd: most words are known after the first articles.
                if (!token.IsFunctionWord && !lexicon.ContainsKey(token.Word))
                {
                    lexicon.TryAdd(token.Word, token.Stem);
                }
            }
        }

        List<string> setting = [.. ArticleSetting.PlaceConcepts(article, _matcher, _concepts).Distinct().Select(ConceptTerm)];

        // Statements of one passage share its context terms.
        var contexts = new Dictionary<(int Paragraph, int Start, int End), List<string>>();
        var statements = new List<StatementFields>(article.Statements.Count);
        foreach (var statement in article.Statements)
        {
            var paragraph = article.Paragraphs[statement.Paragraph - 1];
            var (start, end) = StatementPassage.Around(paragraph, statement.Quote);
            if (!contexts.TryGetValue((statement.Paragraph, start, end), out var context))
            {
                context = [];
                buffers.Tokens.Clear();
                Tokenizer.TokenizePart(paragraph, paragraphTokens[statement.Paragraph - 1], start, end, buffers.Tokens);
                AddText(context, buffers.Tokens);
                if (PlaceReference.Referred(article, statement.Paragraph, statement.Quote) is { } place)
                {
                    AddText(context, Tokenizer.Tokenize(place.Name));
                }
                contexts[(statement.Paragraph, start, end)] = context;
            }

            statements.Add(Describe(article, statement, context, setting, paragraphTokens[statement.Paragraph - 1], buffers));
        }

        return statements;
    }

    public string ConceptTerm(int concept) => _conceptTerms[concept];

    /// <summary>Adds the stems of the content words and the concepts the tokens mention.</summary>
    public void AddText(List<string> field, List<TextToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (!token.IsFunctionWord)
            {
                field.Add(token.Stem);
            }
        }

        var matches = (_buffers ??= new Buffers()).Matches;
        matches.Clear();
        _matcher.Match(tokens, matches);
        foreach (var match in matches)
        {
            field.Add(_conceptTerms[match.Concept]);
            if (_concepts[match.Concept].Kind == ConceptKind.Place && _where is { } where)
            {
                field.Add(_conceptTerms[where]);
            }

            if (_placeKinds.TryGetValue(match.Concept, out var placeKind))
            {
                field.Add(_conceptTerms[placeKind]);
            }
        }
    }

    /// <param name="paragraphTokens">The tokens of the statement's paragraph, which its quote is a span of.</param>
    private StatementFields Describe(Article article, Statement statement, List<string> context, List<string> setting, List<TextToken> paragraphTokens,
        Buffers buffers)
    {
        var fields = new StatementFields(article, statement, ActorOf(article, statement.Speaker)!, ActorOf(article, statement.Via), context, setting);
        buffers.Tokens.Clear();
        var paragraph = article.Paragraphs[statement.Paragraph - 1];
        var at = paragraph.IndexOf(statement.Quote, StringComparison.Ordinal);
        if (at < 0)
        {
            Tokenizer.Tokenize(statement.Quote, buffers.Tokens);
        }
        else
        {
            Tokenizer.TokenizePart(paragraph, paragraphTokens, at, at + statement.Quote.Length, buffers.Tokens);
        }

        AddText(fields.Quote, buffers.Tokens);

        foreach (var group in GroupsOf(article, statement))
        {
            fields.Groups.Add(group.Concept);
            fields.Speaker.Add(_conceptTerms[group.Concept]);
        }

        if (fields.SpeakerActor.Role is { } role)
        {
            buffers.Tokens.Clear();
            Tokenizer.Tokenize(role, buffers.Tokens);
            AddText(fields.Speaker, buffers.Tokens);
        }

        foreach (var topic in statement.Topics)
        {
            fields.Topic.Add(_conceptTerms[_topics[topic]]);
        }

        return fields;
    }

    private static Actor? ActorOf(Article article, string? id)
    {
        foreach (var actor in article.Actors)
        {
            if (actor.Id == id)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>"governor of Ukraine's Chernihiv region", "Kremlin spokesman": the first party (not a person,
    /// not an outlet) the roles of a speaker with no affiliation name, whom the speaker then speaks for.</summary>
    private CorpusActor? PartyNamedInRole(CorpusActor speaker)
    {
        if (speaker.Actor.Kind != ActorKind.Person)
        {
            return null;
        }

        var matches = new List<ConceptMatch>();
        foreach (var role in speaker.Roles)
        {
            _matcher.Match(Tokenizer.Tokenize(role), matches);
        }

        return matches
            .Where(m => _concepts[m.Concept].Kind == ConceptKind.Actor)
            .Select(m => _actors.GetValueOrDefault(_concepts[m.Concept].Key))
            .FirstOrDefault(a => a is not null && a.Id != speaker.Id && a.Actor.Kind is not (ActorKind.Person or ActorKind.Outlet));
    }

    /// <summary>The speaker, the groups the speaker belongs to, the outlet, and the publisher.</summary>
    private List<CorpusActor> GroupsOf(Article article, Statement statement)
    {
        var groups = new List<CorpusActor>(4);
        for (var id = statement.Speaker; id is not null && !groups.Exists(g => g.Id == id); id = _actors[id].Actor.Affiliation)
        {
            groups.Add(_actors[id]);
        }

        if (groups.Count == 1 && PartyNamedInRole(groups[0]) is { } party)
        {
            groups.Add(party);
        }

        if (statement.Via is { } via && !groups.Exists(g => g.Id == via))
        {
            groups.Add(_actors[via]);
        }

        var publisher = article.Actors.FirstOrDefault(a => a.Kind == ActorKind.Outlet
            && (string.Equals(a.Name, article.Publisher, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Contains(article.Publisher, StringComparer.OrdinalIgnoreCase)));
        if (publisher is not null && !groups.Exists(g => g.Id == publisher.Id))
        {
            groups.Add(_actors[publisher.Id]);
        }

        return groups;
    }

    private sealed class Buffers
    {
        private readonly List<List<TextToken>> _paragraphTokens = [];

        public List<TextToken> Tokens { get; } = new(256);

        /// <summary>One emptied token list per paragraph: a paragraph is tokenized once and its
        /// passages and quotes are read from its tokens.</summary>
        public List<List<TextToken>> ParagraphTokens(int paragraphs)
        {
            while (_paragraphTokens.Count < paragraphs)
            {
                _paragraphTokens.Add(new List<TextToken>(256));
            }

            for (var p = 0; p < paragraphs; p++)
            {
                _paragraphTokens[p].Clear();
            }

            return _paragraphTokens;
        }

        public List<ConceptMatch> Matches { get; } = new(64);
    }
}
