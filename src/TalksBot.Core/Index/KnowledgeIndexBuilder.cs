using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>Builds a <see cref="KnowledgeIndex"/> from validated articles and the vocabulary.</summary>
internal sealed class KnowledgeIndexBuilder
{
    private readonly List<Concept> _concepts = [];
    private readonly ConceptMatcher _matcher = new();
    private readonly Dictionary<string, CorpusActor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _placeKinds = [];
    private readonly Dictionary<string, int> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _answerTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<List<(int Entry, float Weight)>> _postings = [];

    public static KnowledgeIndex Build(IReadOnlyList<Article> articles, Vocabulary vocabulary) =>
        new KnowledgeIndexBuilder().BuildIndex(articles, vocabulary);

    private KnowledgeIndex BuildIndex(IReadOnlyList<Article> articles, Vocabulary vocabulary)
    {
        AddVocabularyConcepts(vocabulary);
        AddActorsAndPlaces(articles);

        var documents = new List<StatementFields>();
        foreach (var article in articles)
        {
            var paragraphTokens = article.Paragraphs.Select(Tokenizer.Tokenize).ToList();
            foreach (var token in paragraphTokens.SelectMany(t => t).Where(t => !FunctionWords.Contains(t.Word)))
            {
                _words.TryAdd(token.Word, token.Stem);
            }

            foreach (var statement in article.Statements)
            {
                documents.Add(Describe(article, statement, paragraphTokens[statement.Paragraph - 1]));
            }
        }

        var statements = AddPostings(documents);
        LinkDisputes(statements);
        LinkActors(statements);
        DescribeActors();

        return new KnowledgeIndex
        {
            Articles = articles,
            Vocabulary = vocabulary,
            Statements = statements,
            Concepts = _concepts,
            Matcher = _matcher,
            Actors = _actors,
            ActorsByConcept = _actors.Values.ToDictionary(a => a.Concept),
            TermIds = _termIds,
            TermKeys = [.. _termIds.OrderBy(p => p.Value).Select(p => p.Key)],
            Postings = [.. _postings.Select(p => new Postings([.. p.Select(x => x.Entry)], [.. p.Select(x => x.Weight)]))],
            Lexicon = new Lexicon(_words),
            SpeechVerbs = vocabulary.SpeechVerbs.Select(v => v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            AnswerTypeConcepts = _answerTypes,
        };
    }

    private int NewConcept(ConceptKind kind, string key, IEnumerable<string> phrases)
    {
        var concept = new Concept(_concepts.Count, kind, key);
        _concepts.Add(concept);
        foreach (var phrase in phrases)
        {
            _matcher.Add(concept.Id, phrase);
            AddStandaloneWord(phrase);
        }

        return concept.Id;
    }

    private void AddVocabularyConcepts(Vocabulary vocabulary)
    {
        foreach (var group in vocabulary.Synonyms)
        {
            NewConcept(ConceptKind.Synonym, group[0], group);
        }

        foreach (var topic in vocabulary.Topics)
        {
            _topics[topic.Id] = NewConcept(ConceptKind.Topic, topic.Id, topic.Terms.Append(topic.Label));
        }

        foreach (var (type, cues) in vocabulary.AnswerTypes)
        {
            _answerTypes[type] = NewConcept(ConceptKind.AnswerType, type, cues);
        }
    }

    private void AddActorsAndPlaces(IReadOnlyList<Article> articles)
    {
        foreach (var group in articles.SelectMany(a => a.Actors).GroupBy(a => a.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            var aliases = group.SelectMany(a => a.Aliases).Prepend(first.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            _actors[first.Id] = new CorpusActor(first, aliases, NewConcept(ConceptKind.Actor, first.Id, aliases));
        }

        foreach (var group in articles.SelectMany(a => a.Places).GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            var concept = NewConcept(ConceptKind.Place, group.Key, group.SelectMany(p => p.Aliases).Prepend(group.Key));
            if (group.Select(p => p.Kind).FirstOrDefault(k => k is not null) is { } kind)
            {
                var kindKey = "where:" + kind;
                _placeKinds[concept] = _answerTypes.TryGetValue(kindKey, out var existing) ? existing : _answerTypes[kindKey] = NewConcept(ConceptKind.AnswerType, kindKey, []);
            }
        }
    }

    private StatementFields Describe(Article article, Statement statement, List<TextToken> paragraph)
    {
        var quote = Tokenizer.Tokenize(statement.Quote);
        var fields = new StatementFields(article, statement, article.Actors.First(a => a.Id == statement.Speaker),
            article.Actors.FirstOrDefault(a => a.Id == statement.Via));
        AddText(fields.Quote, quote);
        fields.QuoteTokens = [.. quote];
        AddText(fields.Context, paragraph);

        foreach (var group in GroupsOf(article, statement))
        {
            fields.Groups.Add(group.Concept);
            fields.Speaker.Add(KnowledgeIndex.ConceptTerm(group.Concept));
        }

        if (fields.SpeakerActor.Role is { } role)
        {
            AddText(fields.Speaker, Tokenizer.Tokenize(role));
        }

        foreach (var topic in statement.Topics)
        {
            fields.Topic.Add(KnowledgeIndex.ConceptTerm(_topics[topic]));
        }

        return fields;
    }

    /// <summary>The speaker, the groups the speaker belongs to, the outlet, and the publisher.</summary>
    private IEnumerable<CorpusActor> GroupsOf(Article article, Statement statement)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = statement.Speaker; id is not null && seen.Add(id); id = _actors[id].Actor.Affiliation)
        {
            yield return _actors[id];
        }

        if (statement.Via is not null && seen.Add(statement.Via))
        {
            yield return _actors[statement.Via];
        }

        var publisher = article.Actors.FirstOrDefault(a => a.Kind == ActorKind.Outlet
            && (string.Equals(a.Name, article.Publisher, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Contains(article.Publisher, StringComparer.OrdinalIgnoreCase)));
        if (publisher is not null && seen.Add(publisher.Id))
        {
            yield return _actors[publisher.Id];
        }
    }

    private void AddText(List<string> field, List<TextToken> tokens)
    {
        foreach (var token in tokens.Where(t => !FunctionWords.Contains(t.Word)))
        {
            field.Add(token.Stem);
        }

        var matches = new List<ConceptMatch>();
        _matcher.Match(tokens, matches);
        foreach (var match in matches)
        {
            field.Add(KnowledgeIndex.ConceptTerm(match.Concept));
            if (_concepts[match.Concept].Kind == ConceptKind.Place && _answerTypes.TryGetValue("where", out var where))
            {
                field.Add(KnowledgeIndex.ConceptTerm(where));
            }

            if (_placeKinds.TryGetValue(match.Concept, out var placeKind))
            {
                field.Add(KnowledgeIndex.ConceptTerm(placeKind));
            }
        }
    }

    /// <summary>A one-word name or term can be matched alone, so a misspelling may be corrected to it;
    /// the words inside a longer alias cannot ("Ada" of "Ada Brennick").</summary>
    private void AddStandaloneWord(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 1 && !FunctionWords.Contains(tokens[0].Word))
        {
            _words.TryAdd(tokens[0].Word, tokens[0].Stem);
        }
    }

    private List<IndexedStatement> AddPostings(List<StatementFields> documents)
    {
        var averages = StatementFields.FieldWeights.Select((_, f) => Math.Max(1.0, documents.Average(d => d.Fields[f].Count))).ToArray();
        var statements = new List<IndexedStatement>(documents.Count);
        for (var entry = 0; entry < documents.Count; entry++)
        {
            var document = documents[entry];
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < document.Fields.Length; f++)
            {
                var field = document.Fields[f];
                var norm = 1 - Bm25.B + Bm25.B * field.Count / averages[f];
                foreach (var term in field)
                {
                    weights[term] = weights.GetValueOrDefault(term) + StatementFields.FieldWeights[f] / norm;
                }
            }

            var terms = new List<int>(weights.Count);
            foreach (var (key, weight) in weights)
            {
                if (!_termIds.TryGetValue(key, out var term))
                {
                    _termIds[key] = term = _postings.Count;
                    _postings.Add([]);
                }

                _postings[term].Add((entry, (float)(weight / (Bm25.K1 + weight))));
                terms.Add(term);
            }

            terms.Sort();
            statements.Add(new IndexedStatement(entry, document.Article, document.Statement, document.SpeakerActor,
                CitationOf(document), [.. terms], [.. document.Groups.Distinct().Order()],
                document.QuoteTokens, Sentences.Starts(document.Statement.Quote)));
        }

        return statements;
    }

    private static Citation CitationOf(StatementFields document)
    {
        var article = document.Article;
        var source = new ArticleSource(article.Id, article.Publisher, article.Date, article.Title, article.Url);
        return new Citation(document.Statement.Quote, Display.Capitalize(document.SpeakerActor.Name), document.SpeakerActor.Role,
            document.ViaActor?.Name, source, document.Statement.Paragraph, document.Statement.Kind);
    }

    private static void LinkDisputes(List<IndexedStatement> statements)
    {
        foreach (var article in statements.GroupBy(s => s.Article.Id))
        {
            var byId = article.ToDictionary(s => s.Statement.Id, StringComparer.Ordinal);
            foreach (var statement in article)
            {
                foreach (var target in statement.Statement.Disputes)
                {
                    statement.Disputes.Add(byId[target].Index);
                    byId[target].DisputedBy.Add(statement.Index);
                }
            }
        }
    }

    private void DescribeActors()
    {
        foreach (var actor in _actors.Values)
        {
            var terms = new List<string>();
            foreach (var text in actor.Aliases.Append(actor.Actor.Role ?? ""))
            {
                AddText(terms, Tokenizer.Tokenize(text));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var id = actor.Id; id is not null && seen.Add(id); id = _actors[id].Actor.Affiliation)
            {
                terms.Add(KnowledgeIndex.ConceptTerm(_actors[id].Concept));
            }

            foreach (var named in ActorsNamedIn(actor.Actor.Role).Where(a => a != actor))
            {
                foreach (var text in named.Aliases.Append(named.Actor.Role ?? ""))
                {
                    AddText(terms, Tokenizer.Tokenize(text));
                }
            }

            actor.Descriptor = [.. terms.Select(t => _termIds.GetValueOrDefault(t, -1)).Where(t => t >= 0).Distinct().Order()];
        }
    }

    /// <summary>"head of the Russian delegation" names the delegation, so "who heads Russia's
    /// negotiating team" can find its head through the delegation's own description.</summary>
    private IEnumerable<CorpusActor> ActorsNamedIn(string? role)
    {
        if (role is null)
        {
            return [];
        }

        var matches = new List<ConceptMatch>();
        _matcher.Match(Tokenizer.Tokenize(role), matches);
        return matches.Where(m => _concepts[m.Concept].Kind == ConceptKind.Actor).Select(m => _actors[_concepts[m.Concept].Key]).Distinct();
    }

    private void LinkActors(List<IndexedStatement> statements)
    {
        var byConcept = _actors.Values.ToDictionary(a => a.Concept);
        foreach (var statement in statements)
        {
            foreach (var group in statement.Groups)
            {
                byConcept[group].Entries.Add(statement.Index);
            }

            _actors[statement.Statement.Speaker].OwnStatements++;
        }
    }
}
