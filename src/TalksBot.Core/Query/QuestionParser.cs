using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Reads a question against an index: corrects misspelt words to the data's words, finds
/// the concepts it mentions (synonyms, topics, actors, places), its intent and its subject.</summary>
internal sealed class QuestionParser(KnowledgeIndex index)
{
    /// <summary>Words past this are ignored: no real question is longer, and it bounds the work.</summary>
    public const int MaxTokens = 60;

    private const double ConceptWeight = 0.7;
    private const double SpeechVerbWeight = 0.2;
    private const double AnswerTypeWeight = 0.8;
    private const int IntentWindow = 6;

    /// <summary>A word no statement contains counts for this share of a rare word's weight: it may be
    /// the user's own phrasing ("agree", "plan") rather than the point of the question.</summary>
    private const double UnknownWordShare = 0.5;

    public ParsedQuestion Parse(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        if (tokens.Count > MaxTokens)
        {
            tokens.RemoveRange(MaxTokens, tokens.Count - MaxTokens);
        }

        CorrectSpelling(tokens);
        var matches = new List<ConceptMatch>();
        index.Matcher.Match(tokens, matches);
        RemoveShadowedActors(matches);

        var intent = IntentOf(tokens);
        var speechVerbAt = tokens.FindIndex(t => index.SpeechVerbs.Contains(t.Word));
        var units = new List<CoverageUnit>();
        var terms = new Dictionary<int, double>();
        AddUnits(tokens, matches, speechVerbAt, units, terms);
        AddAnswerType(intent, terms);
        if (speechVerbAt >= 0 && index.TermOf(tokens[speechVerbAt].Stem) is var verbTerm and >= 0)
        {
            terms[verbTerm] = Math.Max(terms.GetValueOrDefault(verbTerm), SpeechVerbWeight);
        }

        var subject = SubjectOf(matches, units, speechVerbAt, intent);
        var unknownSpeaker = subject is null && speechVerbAt > 0 ? UnknownSpeaker(tokens, matches, speechVerbAt) : null;
        return new ParsedQuestion(intent, speechVerbAt >= 0, units, [.. terms.Select(p => (p.Key, p.Value))], subject, unknownSpeaker);
    }

    private void CorrectSpelling(List<TextToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (FunctionWords.Contains(token.Word) || index.Lexicon.Contains(token.Word) || index.TermOf(token.Stem) >= 0)
            {
                continue;
            }

            if (index.Lexicon.Correct(token.Word) is { } stem)
            {
                tokens[i] = token with { Stem = stem };
            }
        }
    }

    /// <summary>"head of the Russian delegation" names Medinsky, not also the delegation inside it.</summary>
    private void RemoveShadowedActors(List<ConceptMatch> matches)
    {
        matches.RemoveAll(inner => IsActor(inner) && matches.Any(outer => IsActor(outer) && outer != inner
            && outer.Start <= inner.Start && outer.Start + outer.Length >= inner.Start + inner.Length
            && (outer.Length > inner.Length || outer.Concept < inner.Concept)));
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
                case "what" or "which" or "whats" when next is "day" or "date" or "time" or "year" or "month":
                    return QuestionIntent.When;
                case "what" or "which" or "whats" when next is "city" or "place" or "location" or "venue" or "country":
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

    private void AddUnits(List<TextToken> tokens, List<ConceptMatch> matches, int speechVerbAt, List<CoverageUnit> units, Dictionary<int, double> terms)
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

            if (FunctionWords.Contains(token.Word) || i == speechVerbAt || index.SpeechVerbs.Contains(token.Word))
            {
                previous = null;
                continue;
            }

            var concepts = matches.Where(m => m.Start <= i && i < m.Start + m.Length
                    && index.Concepts[m.Concept].Kind != ConceptKind.AnswerType)
                .Select(m => index.ConceptTermId(m.Concept)).Where(t => t >= 0).Distinct().Order().ToArray();
            var stemTerm = index.TermOf(token.Stem);
            if (previous is not null && concepts.Length > 0 && previousConcepts!.AsSpan().SequenceEqual(concepts))
            {
                continue;
            }

            int[] alternatives = stemTerm >= 0 ? [stemTerm, .. concepts] : concepts;
            var weight = stemTerm >= 0 ? index.IdfOfTerm(stemTerm)
                : concepts.Length > 0 ? concepts.Max(index.IdfOfTerm)
                : index.UnknownIdf * UnknownWordShare;
            previous = new CoverageUnit(alternatives, weight, token.Word, null);
            previousConcepts = concepts;
            units.Add(previous);
            AddTerm(terms, stemTerm, 1.0);
            foreach (var concept in concepts)
            {
                AddTerm(terms, concept, ConceptWeight);
            }
        }
    }

    /// <summary>"what did Putin say about Kyiv": a name the data does not know, in the speaker's place
    /// before the speech verb.</summary>
    private string? UnknownSpeaker(List<TextToken> tokens, List<ConceptMatch> matches, int speechVerbAt)
    {
        if (matches.Any(m => IsActor(m) && m.Start < speechVerbAt))
        {
            return null;
        }

        return tokens.Take(speechVerbAt)
            .Where(t => !FunctionWords.Contains(t.Word) && index.TermOf(t.Stem) < 0 && !matches.Any(m => m.Start <= tokens.IndexOf(t) && tokens.IndexOf(t) < m.Start + m.Length))
            .Select(t => t.Word)
            .FirstOrDefault();
    }

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

    private static void AddTerm(Dictionary<int, double> terms, int term, double weight)
    {
        if (term >= 0)
        {
            terms[term] = Math.Max(terms.GetValueOrDefault(term), weight);
        }
    }

    /// <summary>The actor whose statements the question asks for: "what did Kirby say (about …)",
    /// "what did ABC News report", or a question that names only an actor ("Biden?", "what about Biden").</summary>
    private static CorpusActor? SubjectOf(List<ConceptMatch> matches, List<CoverageUnit> units, int speechVerbAt, QuestionIntent intent)
    {
        var actors = units.Where(u => u.Actor is not null).ToList();
        if (actors.Count == 0 || intent == QuestionIntent.Who)
        {
            return null;
        }

        if (units.Count == actors.Count && actors.Select(a => a.Actor).Distinct().Count() == 1)
        {
            return actors[0].Actor;
        }

        if (speechVerbAt < 0)
        {
            return null;
        }

        var beforeVerb = matches.Where(m => m.Start < speechVerbAt).Select(m => m.Concept).ToHashSet();
        return actors.FirstOrDefault(a => beforeVerb.Contains(a.Actor!.Concept))?.Actor;
    }
}
