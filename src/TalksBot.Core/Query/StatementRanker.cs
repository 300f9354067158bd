using System.Runtime.InteropServices;
using TalksBot.Core.Index;

namespace TalksBot.Core.Query;

/// <summary>Scores statements for a parsed question with BM25F over the precomputed postings, then
/// measures coverage of the question's units for the best of them.</summary>
internal static class StatementRanker
{
    private const int Candidates = 24;
    private const double NarrationPenaltyForWho = 0.6;
    private const double PartnerCredit = 0.5;

    /// <summary>Share of a word's weight a statement covers when only its article's setting or headline holds it.</summary>
    private const double SettingCredit = 0.5;

    /// <summary>From this many statements on, a term in more than <see cref="CommonShare"/> of them is
    /// not scored when the question has a rarer one: it barely tells statements apart, and walking its
    /// postings would dominate the answer time. It still counts when coverage is measured.</summary>
    private const int LargeCorpus = 5_000;
    private const double CommonShare = 0.2;

    /// <summary>A yes/no question about an actor ("is the Pentagon convinced …") is answered first by
    /// what that actor said.</summary>
    private const double FocusBoost = 1.5;

    /// <summary>"what did Reuters report on March 29": articles of that day come first.</summary>
    private const double DateBoost = 2.0;

    /// <summary>A statement in an article of the publisher the question names.</summary>
    private const double PublisherBoost = 1.5;

    /// <summary>Per-thread score buffer, always handed back all zero (only the entries written are
    /// reset), so a large corpus costs no full clear per question.</summary>
    [ThreadStatic]
    private static double[]? _scores;

    [ThreadStatic]
    private static int[]? _touched;

    /// <param name="within">When set, only these statements are candidates.</param>
    /// <param name="mentioning">When set, only statements naming this actor that it is not party to are candidates
    /// (what others say about it), chosen before the top is cut so its own statements cannot crowd them out.</param>
    public static List<RankedStatement> Rank(
        KnowledgeIndex index, ParsedQuestion question, IReadOnlyList<CoverageUnit> units, List<int>? within = null, CorpusActor? mentioning = null)
    {
        var count = index.Statements.Count;
        if (_scores is null || _scores.Length < count)
        {
            _scores = new double[count];
            _touched = new int[count];
        }

        var scores = _scores;
        var touched = _touched!;
        var touchedCount = 0;
        try
        {
            var skipCommon = count >= LargeCorpus && question.Terms.Any(t => !IsCommon(index, t.Term));
            foreach (var (term, weight) in question.Terms)
            {
                if (skipCommon && IsCommon(index, term))
                {
                    continue;
                }

                var postings = index.Postings[term];
                var idf = index.IdfOfTerm(term) * weight;
                ReadOnlySpan<int> entries = postings.Entries;
                ReadOnlySpan<float> weights = postings.Weights.AsSpan(0, entries.Length);
                for (var i = 0; i < entries.Length; i++)
                {
                    var entry = entries[i];
                    if (scores[entry] == 0)
                    {
                        touched[touchedCount++] = entry;
                    }

                    scores[entry] += idf * weights[i];
                }
            }

            if (question.Focus is { } focus)
            {
                foreach (var entry in CollectionsMarshal.AsSpan(focus.Entries))
                {
                    scores[entry] *= FocusBoost;
                }
            }

            if (mentioning is not null)
            {
                foreach (var entry in CollectionsMarshal.AsSpan(mentioning.Entries))
                {
                    scores[entry] = 0;
                }
            }

            var candidates = within is null ? touched.AsSpan(0, touchedCount) : CollectionsMarshal.AsSpan(within);
            return Best(index, question, units, scores, candidates, mentioning is null ? -1 : index.ConceptTermId(mentioning.Concept));
        }
        finally
        {
            for (var i = 0; i < touchedCount; i++)
            {
                scores[touched[i]] = 0;
            }
        }
    }

    /// <summary>Whether the article's title or text holds the word, as a whole word in any case (read only for an everyday
    /// word no statement holds, so nothing is kept per article; the text is searched only for a word some article uses).</summary>
    private static bool ArticleTells(KnowledgeIndex index, Knowledge.Article article, string word) =>
        Text.WholeWords.HoldsAny(article.Title, [word])
        || (index.Lexicon.Contains(word) && article.Paragraphs.Any(p => Text.WholeWords.HoldsAny(p, [word])));

    private static bool IsCommon(KnowledgeIndex index, int term) =>
        index.Postings[term].DocumentFrequency > index.Statements.Count * CommonShare;

    /// <summary>Share of the units' weight the statement covers. A unit only the statement it
    /// disputes covers counts half: "what did the US make of Russia's pledge" is answered by the US
    /// statement that disputes the pledge. (A claim does not inherit the words of its critics.)</summary>
    public static double Coverage(KnowledgeIndex index, IndexedStatement statement, IReadOnlyList<CoverageUnit> units)
    {
        double total = 0, covered = 0;
        int[]? setting = null, headline = null;
        foreach (var unit in units)
        {
            total += unit.Weight;
            if (unit.IsCoveredBy(statement))
            {
                covered += unit.Weight;
            }
            else if (CoveredByDisputed(index, statement, unit))
            {
                covered += unit.Weight * PartnerCredit;
            }
            else if (unit.Actor is null && Holds(setting ??= index.SettingTerms(statement.Article), unit))
            {
                // "what did Russia promise in Istanbul": the story is set there.
                covered += unit.Weight * SettingCredit;
            }
            else if (unit.Actor is null && Holds(headline ??= index.HeadlineTerms(statement.Article), unit))
            {
                // "what did the spokesman say at the grain corridor talks": the story is about that, as its headline says.
                covered += unit.Weight * SettingCredit;
            }
            else if (unit is { Actor: null, IsKnown: false, IsNotable: false } && ArticleTells(index, statement.Article, unit.Word))
            {
                // "what did Singapore's PM say at the White House": an everyday word no statement holds, which the statement's
                // article tells.
                covered += unit.Weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>Whether what the statement's story is about (<see cref="KnowledgeIndex.StoryTerms"/>) holds the unit ("the Antalya
    /// meeting"), whatever the statement says. An everyday word no statement holds counts only in the headline ("the declaration");
    /// a name no statement holds never ("what did Erdogan say to Abramovich" is not answered by the story headlined with both).</summary>
    /// <param name="anchor">Only the headline's words that tell the story apart (<see cref="KnowledgeIndex.HeadlineTerms"/>), which name
    /// it on their own.</param>
    public static bool StoryHolds(KnowledgeIndex index, IndexedStatement statement, CoverageUnit unit, bool anchor = false) =>
        unit.Actor is null && (unit.IsKnown
            ? Holds(anchor ? index.HeadlineTerms(statement.Article) : index.StoryTerms(statement.Article), unit)
            : !unit.IsNotable && Text.WholeWords.HoldsAny(statement.Article.Title, [unit.Word]));

    private static bool Holds(int[] terms, CoverageUnit unit)
    {
        foreach (var term in unit.Alternatives)
        {
            if (Array.BinarySearch(terms, term) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CoveredByDisputed(KnowledgeIndex index, IndexedStatement statement, CoverageUnit unit)
    {
        foreach (var partner in statement.Disputes)
        {
            if (unit.IsCoveredBy(index.Statements[partner]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<RankedStatement> Best(
        KnowledgeIndex index, ParsedQuestion question, IReadOnlyList<CoverageUnit> units, double[] scores, ReadOnlySpan<int> candidates, int mustContain)
    {
        var top = new List<RankedStatement>(Candidates + 1);

        // Wording id of each entry of top, kept in step with it. Outlets often carry one quote word for
        // word; one copy is evidence enough, and copies must not crowd other statements out.
        var wordings = new List<int>(Candidates + 1);

        // A statement is passed over when even the date boost would not lift it into the top.
        var maxBoost = (question.Date is null ? 1 : DateBoost) * (question.AsksForSource ? PublisherBoost : 1);
        var threshold = 0.0;
        foreach (var entry in candidates)
        {
            var score = scores[entry];
            if (score <= 0 || score * maxBoost <= threshold)
            {
                continue;
            }

            if (question.Intent == QuestionIntent.Who && index.StatementKinds[entry] == Knowledge.StatementKind.Narration)
            {
                score *= NarrationPenaltyForWho;
            }

            if (question.Date is { } date && index.IsOnDate(entry, date))
            {
                score *= DateBoost;
            }

            if (question.AsksForSource && question.IsFromAskedSource(index, entry))
            {
                score *= PublisherBoost;
            }

            if (score <= threshold || (mustContain >= 0 && !index.Statements[entry].Contains(mustContain)))
            {
                continue;
            }

            var wording = index.StatementWordings[entry];
            var copy = wordings.IndexOf(wording);
            if (copy >= 0 && top[copy].Score >= score)
            {
                continue;
            }

            if (copy >= 0)
            {
                top.RemoveAt(copy);
                wordings.RemoveAt(copy);
            }

            var at = 0;
            while (at < top.Count && top[at].Score >= score)
            {
                at++;
            }

            top.Insert(at, new RankedStatement(index.Statements[entry], score, 0));
            wordings.Insert(at, wording);
            if (top.Count > Candidates)
            {
                top.RemoveAt(top.Count - 1);
                wordings.RemoveAt(wordings.Count - 1);
            }

            if (top.Count == Candidates)
            {
                threshold = top[^1].Score;
            }
        }

        for (var i = 0; i < top.Count; i++)
        {
            top[i] = top[i] with { Coverage = Coverage(index, top[i].Statement, units) };
        }

        top.Sort((a, b) => b.Rank.CompareTo(a.Rank) is var byRank and not 0 ? byRank : a.Statement.Index.CompareTo(b.Statement.Index));
        return top;
    }
}
