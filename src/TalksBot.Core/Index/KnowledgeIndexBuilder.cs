using System.Collections.Frozen;
using System.Collections.Concurrent;
using TalksBot.Core.Knowledge;
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
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private Dictionary<string, int> _termIds = [];
    private string[] _termKeys = [];
    private Postings[] _postings = [];

    public static KnowledgeIndex Build(IReadOnlyList<Article> articles, Vocabulary vocabulary) =>
        new KnowledgeIndexBuilder().BuildIndex(articles, vocabulary);

    private KnowledgeIndex BuildIndex(IReadOnlyList<Article> articles, Vocabulary vocabulary)
    {
        AddVocabularyConcepts(vocabulary);
        AddActorsAndPlaces(articles, vocabulary);

        var describer = new StatementDescriber(_concepts, _matcher, _actors, _topics, _answerTypes, _placeKinds);
        var drafts = DescribeStatements(articles, describer);
        var statements = AddPostings(drafts);
        LinkDisputes(statements);
        LinkActors(statements);
        DescribeActors(describer, vocabulary.SeatsOfGovernment);
        ActorIntroductions.Add(articles, _actors);

        return new KnowledgeIndex
        {
            Articles = articles,
            Vocabulary = vocabulary,
            Statements = statements,
            StatementKinds = [.. statements.Select(s => s.Statement.Kind)],
            StatementDates = [.. statements.Select(s => KnowledgeIndex.PackDate(s.Article.Date))],
            StatementWordings = WordingsOf(statements),
            StatementSpeakers = [.. statements.Select(s => _actors[s.Statement.Speaker].Concept)],
            StatementVias = [.. statements.Select(s => s.Statement.Via is { } via ? _actors[via].Concept : -1)],
            Concepts = _concepts,
            Matcher = _matcher,
            Actors = _actors,
            ActorsByConcept = _actors.Values.ToDictionary(a => a.Concept),
            TermIds = _termIds,
            TermKeys = _termKeys,
            Postings = _postings,
            Lexicon = new Lexicon(_words, vocabulary.CommonWords),
            SpeechVerbs = vocabulary.SpeechVerbs.Concat(vocabulary.ReactionVerbs).Select(v => v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            ReactionVerbs = vocabulary.ReactionVerbs.Select(v => v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            StanceWords = vocabulary.StanceWords.Select(v => v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
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

    private void AddActorsAndPlaces(IReadOnlyList<Article> articles, Vocabulary vocabulary)
    {
        var spellings = SpellingsOfNames(vocabulary);
        foreach (var group in articles.SelectMany(a => a.Actors).GroupBy(a => a.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            var named = group.SelectMany(a => a.Aliases).Prepend(first.Name).ToList();
            var aliases = named.Concat(first.Kind == ActorKind.Person ? named.SelectMany(alias => spellings.GetValueOrDefault(alias, [])) : [])
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            _actors[first.Id] = new CorpusActor(first, aliases, NewConcept(ConceptKind.Actor, first.Id, aliases))
            {
                Roles = [.. group.Select(a => a.Role).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
            };
        }

        foreach (var group in articles.SelectMany(a => a.Places).GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            var concept = NewConcept(ConceptKind.Place, group.Key, group.SelectMany(p => p.Aliases).Prepend(group.Key).Distinct(StringComparer.OrdinalIgnoreCase));
            if (group.Select(p => p.Kind).FirstOrDefault(k => k is not null) is { } kind)
            {
                var kindKey = "where:" + kind;
                _placeKinds[concept] = _answerTypes.TryGetValue(kindKey, out var existing) ? existing : _answerTypes[kindKey] = NewConcept(ConceptKind.AnswerType, kindKey, []);
            }
        }
    }

    /// <summary>"Medinskiy" for "Medinsky": the other one-word spellings a synonym group of the vocabulary gives a
    /// one-word name, so a person is matched in any outlet's spelling of their name (a country's group holds its
    /// demonym, "Russian", which names no one).</summary>
    private static Dictionary<string, string[]> SpellingsOfNames(Vocabulary vocabulary)
    {
        var spellings = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in vocabulary.Synonyms.Where(g => g.All(word => !word.Contains(' ', StringComparison.Ordinal) && char.IsUpper(word[0]))))
        {
            foreach (var word in group)
            {
                spellings[word] = [.. group.Where(other => !other.Equals(word, StringComparison.OrdinalIgnoreCase))];
            }
        }

        return spellings;
    }

    /// <summary>A one-word name or term can be matched alone, so a misspelling may be corrected to it;
    /// the words inside a longer alias cannot ("Ada" of "Ada Brennick").</summary>
    private void AddStandaloneWord(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 1 && !tokens[0].IsFunctionWord)
        {
            _words.TryAdd(tokens[0].Word, tokens[0].Stem);
        }
    }

    /// <summary>Articles are described in parallel; each article's term ids go into one array, and
    /// the ids are renumbered afterwards in article order, so they do not depend on scheduling.</summary>
    private List<StatementTerms> DescribeStatements(IReadOnlyList<Article> articles, StatementDescriber describer)
    {
        var numbering = new TermNumbering();
        var described = new StatementTerms[articles.Count][];
        var termLists = new int[articles.Count][];
        Parallel.For(0, articles.Count, i =>
        {
            (described[i], termLists[i]) = ToTerms(describer.Describe(articles[i], _words), numbering);
        });
        (_termIds, _termKeys) = numbering.Renumber(termLists);
        return [.. described.SelectMany(d => d)];
    }

    [ThreadStatic]
    private static List<int>? _articleTerms;

    private static (StatementTerms[] Statements, int[] Terms) ToTerms(List<StatementFields> statements, TermNumbering numbering)
    {
        var terms = _articleTerms ??= new List<int>(1024);
        terms.Clear();
        var contexts = new Dictionary<List<string>, TermRange>(ReferenceEqualityComparer.Instance);
        var ranges = new TermRange[statements.Count][];
        for (var s = 0; s < statements.Count; s++)
        {
            var fields = statements[s].Fields;
            ranges[s] = new TermRange[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                if (contexts.TryGetValue(fields[f], out var shared))
                {
                    ranges[s][f] = shared;
                    continue;
                }

                ranges[s][f] = new TermRange(terms.Count, fields[f].Count);
                foreach (var term in fields[f])
                {
                    terms.Add(numbering.Provisional(term));
                }

                if (f is StatementFields.ContextField or StatementFields.SettingField)
                {
                    contexts[fields[f]] = ranges[s][f];
                }
            }
        }

        var articleTerms = terms.ToArray();
        var result = new StatementTerms[statements.Count];
        for (var s = 0; s < result.Length; s++)
        {
            var fields = statements[s];
            result[s] = new StatementTerms(fields.Article, fields.Statement, fields.SpeakerActor, fields.ViaActor,
                [.. fields.Groups.Distinct().Order()], articleTerms, ranges[s]);
        }

        return (result, articleTerms);
    }

    /// <summary>BM25F weights per statement (in parallel), then the postings of each term with
    /// exactly the room they need (statements in index order).</summary>
    private List<IndexedStatement> AddPostings(List<StatementTerms> drafts)
    {
        var averages = new double[StatementFields.FieldWeights.Length];
        for (var f = 0; f < averages.Length; f++)
        {
            averages[f] = drafts.Count == 0 ? 1.0 : Math.Max(1.0, drafts.Average(d => d.Fields[f].Length));
        }

        var statements = new IndexedStatement[drafts.Count];
        var statementTerms = new int[drafts.Count][];
        var statementWeights = new float[drafts.Count][];
        var citations = new CitationMaker(CitationMaker.FullestRoles(drafts.Select(d => d.Speaker)));
        const int chunk = 4096;
        Parallel.For(0, (drafts.Count + chunk - 1) / chunk, c =>
        {
            var weights = new Dictionary<int, double>();
            for (var entry = c * chunk; entry < Math.Min(drafts.Count, (c + 1) * chunk); entry++)
            {
                var draft = drafts[entry];
                var (terms, saturated) = WeightsOf(draft, averages, weights);
                statementTerms[entry] = terms;
                statementWeights[entry] = saturated;
                statements[entry] = new IndexedStatement(entry, draft.Article, draft.Statement, draft.Speaker, citations.Of(draft), Held(draft, terms), draft.Groups);
            }
        });

        var documentFrequency = new int[_termIds.Count];
        foreach (var terms in statementTerms)
        {
            foreach (var term in terms)
            {
                documentFrequency[term]++;
            }
        }

        _postings = new Postings[_termIds.Count];
        var filled = new int[_termIds.Count];
        for (var term = 0; term < _postings.Length; term++)
        {
            _postings[term] = new Postings(new int[documentFrequency[term]], new float[documentFrequency[term]]);
        }

        for (var entry = 0; entry < statements.Length; entry++)
        {
            var saturated = statementWeights[entry];
            for (var t = 0; t < statementTerms[entry].Length; t++)
            {
                var term = statementTerms[entry][t];
                var at = filled[term]++;
                _postings[term].Entries[at] = entry;
                _postings[term].Weights[at] = saturated[t];
            }
        }

        return [.. statements];
    }

    /// <summary>The terms a statement holds for coverage: all but the places only its article's setting names, which find it but
    /// hold only part of a question (<see cref="Query.StatementRanker.Coverage"/>).</summary>
    private static int[] Held(StatementTerms draft, int[] terms)
    {
        var onlySetting = new List<int>();
        foreach (var term in draft.Field(StatementFields.SettingField))
        {
            if (!onlySetting.Contains(term) && !InAnotherField(draft, term))
            {
                onlySetting.Add(term);
            }
        }

        return onlySetting.Count == 0 ? terms : [.. terms.Where(t => !onlySetting.Contains(t))];
    }

    private static bool InAnotherField(StatementTerms draft, int term)
    {
        for (var f = 0; f < draft.Fields.Length; f++)
        {
            if (f != StatementFields.SettingField && draft.Field(f).Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statement's distinct terms (sorted) and the saturated BM25F weight of each.</summary>
    private static (int[] Terms, float[] Saturated) WeightsOf(StatementTerms draft, double[] averages, Dictionary<int, double> weights)
    {
        weights.Clear();
        for (var f = 0; f < draft.Fields.Length; f++)
        {
            var field = draft.Field(f);
            var norm = 1 - Bm25.B + Bm25.B * field.Length / averages[f];
            foreach (var term in field)
            {
                weights[term] = weights.GetValueOrDefault(term) + StatementFields.FieldWeights[f] / norm;
            }
        }

        var terms = weights.Keys.ToArray();
        Array.Sort(terms);
        var saturated = new float[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var weight = weights[terms[t]];
            saturated[t] = (float)(weight / (Bm25.K1 + weight));
        }

        return (terms, saturated);
    }

    private static int[] WordingsOf(List<IndexedStatement> statements)
    {
        var ids = new Dictionary<(string Speaker, string Quote), int>();
        var wordings = new int[statements.Count];
        foreach (var statement in statements)
        {
            var key = (statement.Statement.Speaker, statement.Statement.Quote);
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = ids.Count;
            }

            wordings[statement.Index] = id;
        }

        return wordings;
    }

    /// <summary>An article's statements stand together in index order; only articles with a
    /// dispute need their statements looked up by id.</summary>
    private static void LinkDisputes(List<IndexedStatement> statements)
    {
        for (var start = 0; start < statements.Count;)
        {
            var end = start;
            var anyDispute = false;
            while (end < statements.Count && ReferenceEquals(statements[end].Article, statements[start].Article))
            {
                anyDispute |= statements[end++].Statement.Disputes.Count > 0;
            }

            if (anyDispute)
            {
                var byId = statements[start..end].ToDictionary(s => s.Statement.Id, StringComparer.Ordinal);
                foreach (var statement in statements[start..end])
                {
                    foreach (var target in statement.Statement.Disputes)
                    {
                        statement.Dispute(byId[target]);
                    }
                }
            }

            start = end;
        }
    }

    private void DescribeActors(StatementDescriber describer, IReadOnlyDictionary<string, string> seatsOfGovernment)
    {
        foreach (var actor in _actors.Values)
        {
            var terms = new List<string>();
            foreach (var text in actor.Aliases.Concat(actor.Roles))
            {
                var tokens = Tokenizer.Tokenize(text);
                describer.AddText(terms, tokens);
                // "Kremlin spokesman" speaks for Russia: "Russia's spokesman", "Moscow's press man" describe him too.
                foreach (var token in tokens)
                {
                    if (seatsOfGovernment.TryGetValue(token.Word, out var country))
                    {
                        describer.AddText(terms, Tokenizer.Tokenize(country));
                    }
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var id = actor.Id; id is not null && seen.Add(id); id = _actors[id].Actor.Affiliation)
            {
                terms.Add(describer.ConceptTerm(_actors[id].Concept));
            }

            foreach (var named in actor.Roles.SelectMany(ActorsNamedIn).Distinct().Where(a => a != actor))
            {
                foreach (var text in named.Aliases.Concat(named.Roles))
                {
                    describer.AddText(terms, Tokenizer.Tokenize(text));
                }
            }

            actor.Descriptor = [.. terms.Select(t => _termIds.GetValueOrDefault(t, -1)).Where(t => t >= 0).Distinct().Order()];
            actor.DescriptorStemsWithoutTerm = terms.Where(t => !_termIds.ContainsKey(t)).ToFrozenSet(StringComparer.Ordinal);
        }
    }

    /// <summary>"head of the Russian delegation" names the delegation, so "who heads Russia's
    /// negotiating team" can find its head through the delegation's own description.</summary>
    private IEnumerable<CorpusActor> ActorsNamedIn(string role)
    {
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
