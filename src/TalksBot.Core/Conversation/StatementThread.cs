using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Text;

namespace TalksBot.Core.Conversation;

/// <summary>The statement a conversation's last answer showed first, read in its article: what follows it
/// ("but?", "why not", "on what condition", "which cities" are about that statement or the next ones of the
/// same speaker), and the data's topics it carries (another speaker "on that" is asked about the same topics).</summary>
internal static class StatementThread
{
    /// <summary>The indexed statement a citation shows, if it is still in the data; for a citation widened to the words
    /// before its quote (<see cref="WithItsLead"/>), the last statement it holds.</summary>
    public static IndexedStatement? Find(KnowledgeIndex index, Citation citation) =>
        index.Statements.FirstOrDefault(s => s.Article.Id == citation.Source.ArticleId
            && s.Statement.Paragraph == citation.Paragraph && s.Statement.Quote == citation.Quote)
        ?? index.Statements.LastOrDefault(s => s.Article.Id == citation.Source.ArticleId
            && s.Statement.Paragraph == citation.Paragraph && citation.Quote.Contains(s.Statement.Quote, StringComparison.Ordinal));

    /// <summary>The last statement, then the later statements of its speaker in its article, then the one right
    /// after it; the first whose words (or the words leading up to it in its paragraph) hold a cue comes first. When none
    /// in its article does but a cut one, the same speaker's statement on it in another article, and what follows there,
    /// is read the same way ("why?" after a quote whose reason one outlet cut short).
    /// Null when the last answer showed nothing that is still in the data.</summary>
    public static Answer? Answer(KnowledgeIndex index, Citation last, IReadOnlyList<string> cues)
    {
        if (Find(index, last) is not { } statement)
        {
            return null;
        }

        var candidates = Candidates(index, statement, statement);
        // What its speaker said before it in its article may hold the words too ("is there a date" after a meeting
        // announced, with "it is impossible to advance a date" said just before).
        var cued = Cued(index, candidates, statement, cues) ?? Cued(index, Earlier(index, statement), statement, cues);
        if (cued is null && cues.Count > 0)
        {
            // What the speaker says in this article (a quote cut short says little itself) is matched in the others.
            var own = index.Statements.Where(s => s.Article.Id == statement.Article.Id && s.Speaker.Id == statement.Speaker.Id).ToList();
            var stems = own.SelectMany(s => s.ContentStems).ToHashSet(StringComparer.Ordinal);
            var topics = own.SelectMany(s => s.Statement.Topics).ToHashSet(StringComparer.Ordinal);
            cued = index.Statements
                .Where(s => s.Article.Id != statement.Article.Id && s.Speaker.Id == statement.Speaker.Id)
                .Select(s => (Statement: s, Shared: s.ContentStems.Count(stems.Contains) + s.Statement.Topics.Count(topics.Contains)))
                .Where(s => s.Shared > 0)
                .OrderByDescending(s => s.Shared)
                .Select(s => Cued(index, Candidates(index, s.Statement, statement), s.Statement, cues))
                .FirstOrDefault(c => c is not null);
        }

        // No words answer it: what the speaker said next is likelier to than the statement asked about.
        cued ??= cues.Count > 0 ? candidates.Skip(1).FirstOrDefault(s => s.Speaker.Id == statement.Speaker.Id && !s.Citation.IsCut) : null;
        var ordered = cued is null ? candidates : [cued, .. candidates.Where(s => s != cued)];
        if (cued is not null && cues.Count > 0 && !WholeWords.HoldsAny(cued.Statement.Quote, cues))
        {
            // Only the words before the quote answer ("which countries": "would involve the US, UK … to protect Ukraine
            // 'from any aggression', added Podolyak"): the article's sentence holding both, as its account of what was said.
            List<Citation> citations = [WithItsLead(index, cued), .. ordered.Skip(1).Select(s => s.Citation)];
            return new Answer(true, Lead(citations[0]), citations);
        }

        return Compose(ordered);
    }

    /// <summary>A statement's citation widened to the sentences of its paragraph from the end of the statement before it
    /// there to the end of its own, as the article's account of what the speaker said.</summary>
    private static Citation WithItsLead(KnowledgeIndex index, IndexedStatement statement)
    {
        var paragraph = statement.Article.Paragraphs[statement.Statement.Paragraph - 1];
        var (start, end) = LeadRange(ArticleOf(index, statement), statement);
        var starts = Sentences.Starts(paragraph);
        var from = starts.Last(s => s <= start);
        var to = starts.FirstOrDefault(s => s >= end, paragraph.Length);
        return statement.Citation with { Quote = paragraph[from..to].Trim(), Kind = StatementKind.ReportedClaim, IsCut = false };
    }

    /// <summary>A statement, the next three of its speaker in its article, and the one right after it there.</summary>
    private static List<IndexedStatement> Candidates(KnowledgeIndex index, IndexedStatement statement, IndexedStatement speaking)
    {
        var article = ArticleOf(index, statement);
        var later = article.Skip(article.IndexOf(statement) + 1).ToList();
        List<IndexedStatement> candidates = [statement, .. later.Where(s => s.Speaker.Id == speaking.Speaker.Id).Take(3)];
        if (later.FirstOrDefault() is { } next && !candidates.Contains(next))
        {
            candidates.Add(next);
        }

        return candidates;
    }

    /// <summary>The statements of a statement's speaker before it in its article, the nearest first.</summary>
    private static List<IndexedStatement> Earlier(KnowledgeIndex index, IndexedStatement statement)
    {
        var article = ArticleOf(index, statement);
        return [.. article.Take(article.IndexOf(statement)).Where(s => s.Speaker.Id == statement.Speaker.Id).Reverse()];
    }

    /// <summary>The first candidate, not cut short by its source, whose words or lead-up hold a cue.</summary>
    private static IndexedStatement? Cued(KnowledgeIndex index, List<IndexedStatement> candidates, IndexedStatement first, IReadOnlyList<string> cues)
    {
        var article = ArticleOf(index, first);
        return candidates.FirstOrDefault(s => !s.Citation.IsCut && WholeWords.HoldsAny(Lead(article, s, first), cues));
    }

    private static List<IndexedStatement> ArticleOf(KnowledgeIndex index, IndexedStatement statement) =>
        [.. index.Statements.Where(s => s.Article.Id == statement.Article.Id).OrderBy(Position)];

    /// <summary>The first of <paramref name="shown"/> whose quote holds every word of a short topic ("two steps"), a
    /// plural also in the singular; null when none does or the topic is empty or longer than three words.</summary>
    public static Citation? Holding(IReadOnlyList<Citation> shown, string topic)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return null;
        }

        return shown.FirstOrDefault(c => words.All(w => Holds(c.Quote, w)));
    }

    /// <summary>Whether a quote holds a word, a plural also in the singular.</summary>
    public static bool Holds(string quote, string word) =>
        WholeWords.HoldsAny(quote, [word]) || (word.Length > 3 && word.EndsWith('s') && WholeWords.HoldsAny(quote, [word[..^1]]));

    /// <summary>The word or another of its vocabulary group ("hurt" in a quote saying "wounded").</summary>
    public static bool HoldsOrSynonym(Vocabulary vocabulary, string quote, string word) =>
        Holds(quote, word) || vocabulary.Synonyms.Any(group => group.Contains(word, StringComparer.OrdinalIgnoreCase) && group.Any(other => Holds(quote, other)));

    /// <summary>Whether a statement shown already holds a word of the question or another word for it ("hurt": "wounded"),
    /// with a number in it when the question asks how many (a stated one when it asks exactly: "small numbers" is no count).</summary>
    public static bool Answers(Vocabulary vocabulary, string question, string quote, IEnumerable<string> words) =>
        words.Any(w => HoldsOrSynonym(vocabulary, quote, w))
        && (!WholeWords.HoldsAny(question, ["how many", "how much"]) || Numbers.Mentions(quote, precisely: WholeWords.HoldsAny(question, QuestionParser.PrecisionWords)));

    /// <summary>The data's topics of the statement a citation shows.</summary>
    public static IReadOnlySet<string> TopicsOf(KnowledgeIndex index, Citation citation) =>
        Find(index, citation)?.Statement.Topics.ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>The statements of a speaker, or of those belonging to a party ("Ukraine": its delegation, its
    /// negotiators), sharing most of the data's topics of <paramref name="last"/> first; null when none shares any.
    /// With <paramref name="otherSpeaker"/> the last statement's own speaker is left out.</summary>
    public static Answer? OnTheSameTopics(KnowledgeIndex index, string speaker, Citation last, bool otherSpeaker)
    {
        if (index.ActorNamed(speaker) is not { } actor)
        {
            return null;
        }

        var topics = TopicsOf(index, last);
        var scored = index.Statements
            .Where(s => SpeaksFor(actor, s) && !(otherSpeaker && s.Citation.Speaker == last.Speaker))
            .Select(s => (Statement: s, Shared: s.Statement.Topics.Count(topics.Contains)))
            .ToList();
        if (!scored.Any(s => s.Shared > 0))
        {
            return null;
        }

        // A party's members each with their best statement first: "what did the US think" shows who in it said what.
        // Among as many shared topics, words quoted before an account of them, and then the one sharing most words with the last
        // statement ("not withdrawing but repositioning" → "a repositioning, not a real withdrawal").
        var words = Find(index, last)?.ContentStems.ToHashSet(StringComparer.Ordinal) ?? [];
        var ordered = scored.OrderByDescending(s => s.Shared).ThenBy(s => s.Statement.Speaker.Id != actor.Id)
            .ThenBy(s => s.Statement.Statement.Kind != Knowledge.StatementKind.DirectQuote)
            .ThenByDescending(s => s.Statement.ContentStems.Count(words.Contains)).Select(s => s.Statement).ToList();
        var firsts = ordered.Where(s => s.Statement.Topics.Any(topics.Contains)).GroupBy(s => s.Speaker.Id).Select(g => g.First()).ToList();
        return Compose([.. firsts, .. ordered.Except(firsts)]);
    }

    /// <summary>Whether a statement is the actor's own, of one who belongs to it, or of one the index lists as speaking for a
    /// body (the Pentagon's press secretary); not what an outlet published or carried.</summary>
    private static bool SpeaksFor(CorpusActor actor, IndexedStatement statement) =>
        statement.Speaker.Id == actor.Id || statement.Speaker.Affiliation == actor.Id
        || (actor.Actor.Kind is not (Knowledge.ActorKind.Person or Knowledge.ActorKind.Outlet) && actor.Entries.Contains(statement.Index));

    /// <summary>"what did Podolyak say about it" after a statement that shares none of the data's topics with theirs
    /// (<see cref="OnTheSameTopics"/> is asked first): the statements of that speaker (or of those belonging to a party) in
    /// the last statement's article, the same story, in the article's order; null when the article has none of theirs.</summary>
    public static Answer? InTheSameStory(KnowledgeIndex index, string speaker, Citation last)
    {
        if (index.ActorNamed(speaker) is not { } actor || Find(index, last) is not { } statement)
        {
            return null;
        }

        var story = index.Statements
            .Where(s => s.Article.Id == statement.Article.Id && SpeaksFor(actor, s))
            .OrderBy(Position)
            .ToList();
        return story.Count > 0 ? Compose(story) : null;
    }

    /// <summary>An answer that leads with the article's account of someone's words ("Zelensky said that Ukraine was not
    /// lowering its defenses") when the same paragraph quotes them: their own words sharing most of the account's words
    /// come first ("we are not reducing our defensive efforts").</summary>
    public static Answer OwnWordsFirst(KnowledgeIndex index, Answer answer)
    {
        if (answer.Citations is not [{ Kind: Knowledge.StatementKind.ReportedClaim } top, ..] || Find(index, top) is not { } account)
        {
            return answer;
        }

        var own = index.Statements
            .Where(s => s.Article.Id == account.Article.Id && s.Statement.Paragraph == account.Statement.Paragraph
                && s.Speaker.Id == account.Speaker.Id && s.Statement.Kind == Knowledge.StatementKind.DirectQuote)
            .Select(s => (Statement: s, Shared: s.ContentStems.Intersect(account.ContentStems, StringComparer.Ordinal).Count()))
            .Where(s => s.Shared > 0)
            .OrderByDescending(s => s.Shared)
            .Select(s => s.Statement)
            .FirstOrDefault();
        return own is null ? answer
            : answer with { Text = Lead(own.Citation), Citations = [own.Citation, .. answer.Citations.Where(c => c != own.Citation)] };
    }

    public static Answer Compose(IReadOnlyList<IndexedStatement> statements)
    {
        return new Answer(true, Lead(statements[0].Citation), [.. statements.Select(s => s.Citation)]);
    }

    private static string Lead(Citation first)
    {
        var words = first.Kind == Knowledge.StatementKind.DirectQuote ? $"“{first.Quote}”" : "(in the article's words) " + first.Quote;
        return $"{first.Speaker}: {words}";
    }

    /// <summary>An answer whose citations holding one of the message's words come first when they share the data's
    /// topics of the last statement ("crimea?" then "military force?": force on Crimea, not force elsewhere).</summary>
    public static Answer KeepingTopics(KnowledgeIndex index, Answer answer, Citation last, IReadOnlyList<string> words)
    {
        var topics = TopicsOf(index, last);
        bool OnThread(Citation c) =>
            words.Any(w => w.Length >= 4 && c.Quote.Contains(w, StringComparison.OrdinalIgnoreCase))
            && Find(index, c) is { } s && s.Statement.Topics.Any(topics.Contains);
        if (!answer.Citations.Any(OnThread))
        {
            return answer;
        }

        List<Citation> ordered = [.. answer.Citations.OrderBy(c => !OnThread(c))];
        // The reply's lead quotes the first citation; it follows the new order.
        var text = answer.Text == Lead(answer.Citations[0]) ? Lead(ordered[0]) : answer.Text;
        return answer with { Text = text, Citations = ordered };
    }

    /// <summary>A candidate's own words and, for a later statement, the words of its paragraph between the
    /// statement before it and its end ("… said at a briefing, but added that …").</summary>
    private static string Lead(IReadOnlyList<IndexedStatement> article, IndexedStatement candidate, IndexedStatement last)
    {
        if (candidate == last)
        {
            return candidate.Statement.Quote;
        }

        var (start, end) = LeadRange(article, candidate);
        return candidate.Article.Paragraphs[candidate.Statement.Paragraph - 1][start..end];
    }

    private static (int Start, int End) LeadRange(IReadOnlyList<IndexedStatement> article, IndexedStatement candidate)
    {
        var (_, offset) = Position(candidate);
        var end = offset + candidate.Statement.Quote.Length;
        var before = article.TakeWhile(s => s != candidate).LastOrDefault(s => s.Statement.Paragraph == candidate.Statement.Paragraph);
        var start = before is null ? 0 : Math.Min(offset, Position(before).Offset + before.Statement.Quote.Length);
        return (start, end);
    }

    private static (int Paragraph, int Offset) Position(IndexedStatement s) =>
        (s.Statement.Paragraph, Math.Max(0, s.Article.Paragraphs[s.Statement.Paragraph - 1].IndexOf(s.Statement.Quote, StringComparison.Ordinal)));
}
