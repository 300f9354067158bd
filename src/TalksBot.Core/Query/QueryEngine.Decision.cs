using System.Text.RegularExpressions;
using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>The decision to answer or decline, and the candidates found by meaning.</summary>
public sealed partial class QueryEngine
{
    /// <summary>How many times the known words the unknown everyday words must number to make a question about something else.</summary>
    private const int UnknownShare = 3;

    /// <summary>The answer-or-decline decision. A statement that holds enough of the question's words
    /// (the coverage rule, <see cref="MinCoverage"/>) answers. Otherwise the best statement by words and
    /// the best by meaning are candidates, weighed by the fitted model (data/decision.json): the likelier
    /// is cited when it reaches the threshold, else the question is declined.</summary>
    private static Answer Decide(KnowledgeIndex index, ParsedQuestion question, string text, SemanticSearch semantic, DecisionParameters decision,
        DecisionTrace? trace)
    {
        if (SettingOnly.Holds(index, question) || MostlyUnknown(question))
        {
            return Abstain(index, question);
        }

        if (ActorOnly.Holds(index, question) is { } person)
        {
            return person.OwnStatements > 0
                ? new Answer(false, AnswerWriter.NotOnTopic(person), []) { Suggestions = Suggestions.For(index) }
                : Abstain(index, question);
        }

        var ranked = StatementRanker.Rank(index, question, question.Units);
        // "zelensky on trust?": a statement neither by nor about the person the question names does not answer it.
        // Two people named ("is Medinsky's line consistent with Fomin's") ask about both, which no one statement holds.
        // Only a person named by name: "the regional head" may be someone the data describes otherwise.
        var people = question.Units.Where(u => u.Actor is { Actor.Kind: ActorKind.Person }
            && !index.Vocabulary.CommonWords.Contains(u.Word.ToLowerInvariant())).ToList();
        if (people.Select(u => u.Actor).Distinct().Count() == 1)
        {
            ranked.RemoveAll(r => !people[0].IsCoveredBy(r.Statement));
        }
        else if (people.Count > 1 && people.TrueForAll(IsPersonByName)
            && !SideBySideOrWhose().IsMatch(text))
        {
            // "did Blinken meet Lavrov": by or about each of them (not "X and Y both …", "X's line and Y's").
            ranked.RemoveAll(r => people.Exists(u => !u.IsCoveredBy(r.Statement)));
        }

        var minCoverage = question.AnswerType == QuestionIntent.Quantity ? QuantityCoverage : MinCoverage(question.Units.Count);
        KeepAnswersOfTheAskedType(index, question, ranked);
        // "how did Reuters render Zelenskiy's address": the asked outlet's rendering, when it has one that answers.
        if (question.AsksForSource && ranked.Exists(r => r.Coverage >= minCoverage && question.IsFromAskedSource(index, r.Statement.Index)))
        {
            ranked.RemoveAll(r => !question.IsFromAskedSource(index, r.Statement.Index));
        }

        EchoedWords.First(text, ranked, minCoverage);
        QuotedAccount.MergeRestatedAccounts(semantic, ranked, minCoverage * 0.75);
        if (ranked.Count > 0 && ranked[0].Coverage >= minCoverage)
        {
            return Answered(index, question, WithDisputes(index, Renderings.PairTop(QuotedAccount.QuoteFirst(index, question, semantic, Select(question, ranked, minCoverage)), ranked)), null);
        }

        if (question.AnswerType == QuestionIntent.Quantity)
        {
            // A number about something else is no answer to "how many".
            return Abstain(index, question);
        }

        var candidates = new List<(DecisionSignals Signals, Func<Answer> Answer)>(2);
        if (ranked.Count > 0)
        {
            var top = ranked[0].Statement;
            candidates.Add((Signals(index, question, top, ranked[0].Coverage, semantic.Cosine(index, text, top.Index), false, decision),
                () => Answered(index, question, WithDisputes(index, Renderings.PairTop(QuotedAccount.QuoteFirst(index, question, semantic, Select(question, ranked, MinCoverage(question.Units.Count))), ranked)), null)));
        }

        if (semantic.Nearest(index, text, 1) is [var near] && near.Cosine >= decision.SemanticFloor
            && (ranked.Count == 0 || ranked[0].Statement.Index != near.Statement))
        {
            var statement = index.Statements[near.Statement];
            var coverage = StatementRanker.Coverage(index, statement, question.Units);
            candidates.Add((Signals(index, question, statement, coverage, near.Cosine, true, decision),
                () => Answered(index, question, WithDisputes(index, [new RankedStatement(statement, near.Cosine, coverage)]), null)));
        }

        foreach (var candidate in candidates.Where(_ => trace is not null))
        {
            trace!.Candidates.Add((candidate.Signals, candidate.Answer()));
        }

        var best = candidates.Select(c => (c.Answer, Probability: c.Signals.Probability(decision))).OrderByDescending(c => c.Probability).FirstOrDefault();
        return best.Answer is not null && best.Probability >= decision.Threshold ? best.Answer() : Abstain(index, question);
    }

    /// <summary>"recommend a good pizza place near me": everyday words the coverage lacks outnumber, three to one, the words
    /// it knows, and none of those is more than an everyday word either. The one known word ("near") is no topic.</summary>
    private static bool MostlyUnknown(ParsedQuestion question)
    {
        var known = question.Units.Where(u => u.IsKnown).ToList();
        var unknown = question.Units.Count(u => !u.IsKnown && !u.IsForeign);
        return known.Count > 0 && unknown >= UnknownShare * known.Count && known.TrueForAll(u => !u.IsNotable && u.Actor is null);
    }

    /// <summary>"how many" is answered only by a statement with a number in it; "when" only by one
    /// that tells a time of what the question is about, looking ahead when the question does. The same holds
    /// for a question inside the question ("did Fomin say when the reduction would start").</summary>
    private static void KeepAnswersOfTheAskedType(KnowledgeIndex index, ParsedQuestion question, List<RankedStatement> ranked)
    {
        if (question.AnswerType == QuestionIntent.Quantity)
        {
            // "how many delegates": "two steps" counts something else.
            // "how long": a number of a span of time, or a span said without one ("for as long as necessary", "a very long way").
            // The span must be said of what is asked: the quote itself holds a word of the question ("a 15-year period on the
            // status of Crimea" is not how long the talks lasted).
            var asked = question.AsksDuration ? [.. question.Units.Where(u => u.Actor is null).Select(u => Text.Stemmer.Lookup(u.Word.ToLowerInvariant()).Stem)] : Array.Empty<string>();
            ranked.RemoveAll(r => question.AsksDuration
                ? (!Numbers.Counts(r.Statement.Statement.Quote, question.CountedStems, question.AsksExactly)
                    && (question.AsksExactly || !Text.WholeWords.HoldsAny(r.Statement.Statement.Quote, ["long", "longer"])))
                    || (asked.Length > 0 && !Array.Exists(asked, stem => Array.BinarySearch(r.Statement.ContentStems, stem, StringComparer.Ordinal) >= 0))
                : !Numbers.Mentions(r.Statement.Statement.Quote, question.AsksExactly)
                    || (question.CountedStems.Count > 0 && !Numbers.Counts(r.Statement.Statement.Quote, question.CountedStems, question.AsksExactly)));
        }
        else if (question.AnswerType == QuestionIntent.When && index.AnswerTypeConcepts.TryGetValue("when", out var when))
        {
            // "when will the referendum be held": the time must be the time of what the question is about, its
            // most specific known word ("referendum"), not of another event in the same statement.
            var asked = question.Units.Select(u => u.Word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var about = question.Units.Where(u => u.IsKnown && u.Actor is null).MaxBy(u => u.Weight);
            ranked.RemoveAll(r => !TimeCue.Answers(index, r.Statement, when, asked, question.AsksFuture)
                || (about is not null && !about.IsCoveredBy(r.Statement)));
        }
        else if (question.AnswerType == QuestionIntent.Why && index.Vocabulary.AnswerTypes.TryGetValue("why", out var reasons) && ranked.Count > 1)
        {
            // "why did they cut back": of the statements holding nearly as much of the question, one whose own words give a
            // reason ("to increase trust") before one that only says it again ("cut back military activity").
            var at = ranked.FindIndex(0, Math.Min(ranked.Count, ReasonLookahead), r => r.Coverage >= ranked[0].Coverage * ReasonCoverageShare
                && WholeWords.HoldsAny(r.Statement.Statement.Quote, reasons));
            if (at > 0)
            {
                var giving = ranked[at];
                ranked.RemoveAt(at);
                ranked.Insert(0, giving);
            }
        }
    }

    private static DecisionSignals Signals(KnowledgeIndex index, ParsedQuestion question, IndexedStatement statement, double coverage, double? cosine,
        bool fromMeaning, DecisionParameters decision)
    {
        var units = Math.Max(1, question.Units.Count);
        var named = question.MentionedActors.Any(a => a.Id == statement.Speaker.Id || a.Id == statement.Speaker.Affiliation);
        var weight = Math.Max(1e-9, question.Units.Sum(u => u.Weight));
        var missedKnown = question.Units.Where(u => u.IsKnown && !u.IsCoveredBy(statement)).Sum(u => u.Weight) / weight;
        return new DecisionSignals(coverage, cosine ?? decision.MeanCosine, question.Units.Count(u => !u.IsKnown) / (double)units,
            named ? 1 : 0, fromMeaning ? 1 : 0, 1.0 / units, coverage - MinCoverage(question.Units.Count), missedKnown,
            question.Intent == QuestionIntent.YesNo ? 1 : 0);
    }

    /// <summary>The subject's statement nearest the question in meaning, when it is close enough and
    /// still holds enough of what the question asks of the subject.</summary>
    /// <param name="topic">What is asked of the subject; the question's topic units unless given.</param>
    private static List<RankedStatement> ByMeaning(KnowledgeIndex index, ParsedQuestion question, string text, SemanticSearch semantic,
        DecisionParameters decision, IReadOnlySet<int> among, IReadOnlyList<CoverageUnit>? topic = null)
    {
        var units = topic ?? [.. question.TopicUnits];
        return [.. semantic.Nearest(index, text, 1, among)
            .Where(n => n.Cosine >= decision.SemanticFloor)
            .Select(n => new RankedStatement(index.Statements[n.Statement], n.Cosine, StatementRanker.Coverage(index, index.Statements[n.Statement], units)))
            .Where(r => r.Coverage >= decision.SubjectMinCoverage)];
    }

    /// <summary>"X and Y both …", "X vs Y", "X's line": two people named side by side or one as whose.</summary>
    [GeneratedRegex(@"\b(and|both|vs|versus)\b|&|\w['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex SideBySideOrWhose();
}
