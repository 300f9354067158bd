using TalksBot.Core.Index;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>Other accounts of the statement a conversation's last answer showed first: who else said something on it
/// ("who else said that?", "anyone else say so?"), and how another outlet rendered it ("in the other outlet?", "how did
/// the other paper put it?").</summary>
internal static class OtherAccounts
{
    /// <summary>The reply to "who else said that?" when no one but the last speaker is quoted on it.</summary>
    public const string NoOneElse = "The coverage quotes no one else on that.";

    /// <summary>The reply to "and the russians?" when no one of that side is quoted on the last statement.</summary>
    public const string NotThatSide = "The coverage doesn't quote that side on it.";

    private static readonly HashSet<string> OtherWords = ["else", "other", "others", "another", "different", "elsewhere"];

    /// <summary>Words for people or their words in general: with "else"/"other" they ask for other speakers ("who else",
    /// "anyone else", "any other reactions").</summary>
    private static readonly HashSet<string> PersonWords =
        ["who", "whom", "anyone", "anybody", "someone", "somebody", "others", "everyone", "everybody", "people",
         "reactions", "responses", "views", "comments", "voices", "opinions", "sides"];

    private static readonly HashSet<string> OnlyWords = ["only", "alone"];

    /// <summary>Words for a report rather than its speaker: with "other" they ask for another outlet's rendering.</summary>
    private static readonly HashSet<string> ReportWords =
        ["outlet", "outlets", "paper", "papers", "newspaper", "newspapers", "article", "articles", "source", "sources", "report",
         "reports", "version", "versions", "publication", "publications", "site", "sites", "agency", "agencies", "wire", "story",
         "stories", "piece", "translation", "translations", "coverage", "media", "publisher", "publishers", "reporting", "elsewhere"];

    /// <summary>Verbs of publishing: "did anyone else report it" asks for other outlets, not other speakers.</summary>
    private static readonly HashSet<string> PublishingVerbs =
        ["report", "reported", "reports", "carry", "carried", "carries", "cover", "covered", "covers", "publish", "published", "run", "ran"];

    /// <summary>Which other account a message asks for, if any: none when it names a speaker other than the last one, an
    /// outlet, or a topic or place of the data of its own.</summary>
    public static ContinuationKind? Of(MessageReading own, string? lastSpeaker)
    {
        var otherSpeaker = own.Speaker is not null && !string.Equals(own.Speaker, lastSpeaker, StringComparison.OrdinalIgnoreCase);
        if (otherSpeaker || own.Source is not null || own.NamesTopic)
        {
            return null;
        }

        // "was he the only one?"
        if (own.Speaker is null && own.HasWord(OnlyWords) && own.Tokens.Any(t => t.Word is "one" or "ones" or "person"))
        {
            return ContinuationKind.Others;
        }

        if (!own.HasWord(OtherWords))
        {
            return null;
        }

        return own.HasWord(ReportWords) || (own.HasWord(PersonWords) && own.HasWord(PublishingVerbs)) ? ContinuationKind.Renderings
            : own.HasWord(PersonWords) && own.Speaker is null ? ContinuationKind.Others
            : null;
    }

    /// <summary>Statements of other speakers that share the data's topics (else the words) of <paramref name="last"/>, the
    /// best of each speaker first, an outlet's own narration after the people it quotes; null when none does.</summary>
    public static Answer? OtherSpeakers(KnowledgeIndex index, Citation last) => OnTheStatement(index, last, _ => true);

    /// <summary>"did anyone disagree?": <see cref="DisputePartners"/> of <paramref name="last"/>; null when it is in no dispute.</summary>
    public static Answer? Disputing(KnowledgeIndex index, Citation last) =>
        DisputePartners(index, last) is { Count: > 0 } partners ? StatementThread.Compose(partners) : null;

    /// <summary>The side's answer with the citations of <paramref name="voices"/> (its members who speak for the word it was
    /// named by) first, each group in its order; the lead quote follows the new first citation.</summary>
    public static Answer VoicesFirst(KnowledgeIndex index, Answer party, IReadOnlySet<string> voices)
    {
        var statements = party.Citations.Select(c => StatementThread.Find(index, c)).ToList();
        if (statements.Contains(null))
        {
            return party;
        }

        var ordered = statements.OrderBy(s => !voices.Contains(s!.Speaker.Id)).ToList();
        return ordered.SequenceEqual(statements) ? party : StatementThread.Compose(ordered!);
    }

    /// <summary>"who responded to that": the statements that dispute <paramref name="last"/>; else other speakers on it who are not
    /// of its speaker's country; null when none is quoted.</summary>
    public static Answer? Responses(KnowledgeIndex index, Citation last)
    {
        if (StatementThread.Find(index, last) is { DisputedBy.Count: > 0 } statement)
        {
            return StatementThread.Compose(Disputers(index, statement));
        }

        var side = Parties.SideOf(index, last.Speaker);
        return OnTheStatement(index, last, s => side is null || !side.Contains(s.Speaker.Id));
    }

    /// <summary>"what was he responding to": the statements <paramref name="last"/> (or its speaker in its article) disputes; else the other side's on it
    /// (<see cref="Parties.OtherSide"/>, <see cref="OfParty"/>); else other speakers of its article on it; null when none is quoted.</summary>
    public static Answer? Answered(KnowledgeIndex index, Citation last)
    {
        // What the speaker disputes in that article: the statement shown may be the lead-in to the one that disputes it.
        if (StatementThread.Find(index, last) is { } statement
            && index.Statements.Where(s => s.Article == statement.Article && s.Speaker == statement.Speaker).OrderBy(s => s == statement ? 0 : 1)
                .FirstOrDefault(s => s.Disputes.Count > 0) is { } disputing)
        {
            return StatementThread.Compose([.. disputing.Disputes.Select(i => index.Statements[i]).OrderBy(s => s.Statement.Paragraph)]);
        }

        // With no side to answer, a reply is mostly reported beside what it answers: other speakers of the same article.
        return (Parties.OtherSide(index, last) is { } side ? OfParty(index, side, last) : null)
            ?? OnTheStatement(index, last, s => s.Article.Id == last.Source.ArticleId);
    }

    /// <summary>The statements that dispute <paramref name="last"/>, in their article's order, then those it disputes; empty
    /// when it is in no dispute or no longer in the data.</summary>
    public static List<IndexedStatement> DisputePartners(KnowledgeIndex index, Citation last)
    {
        if (StatementThread.Find(index, last) is not { } statement)
        {
            return [];
        }

        var by = Disputers(index, statement);
        var disputed = statement.Disputes.Select(i => index.Statements[i]).OrderBy(s => s.Statement.Paragraph);
        return [.. by, .. disputed];
    }

    /// <summary>The statements that dispute <paramref name="statement"/>, in their article's order.</summary>
    private static List<IndexedStatement> Disputers(KnowledgeIndex index, IndexedStatement statement) =>
        [.. statement.DisputedBy.Select(i => index.Statements[i]).OrderBy(s => s.Statement.Paragraph)];

    /// <summary>"did the russians agree?": the statements of a party's members (<see cref="Parties"/>) other than the last
    /// speaker on the last statement, as <see cref="OtherSpeakers"/> orders them; else theirs in its article, in order.</summary>
    public static Answer? OfParty(KnowledgeIndex index, IReadOnlySet<string> members, Citation last)
    {
        if (OnTheStatement(index, last, s => members.Contains(s.Speaker.Id)) is { } onIt)
        {
            return onIt;
        }

        var story = index.Statements
            .Where(s => s.Article.Id == last.Source.ArticleId && members.Contains(s.Speaker.Id) && !Same(s.Citation.Speaker, last.Speaker))
            .OrderBy(s => s.Statement.Paragraph)
            .ToList();
        return story.Count > 0 ? StatementThread.Compose(story) : null;
    }

    /// <summary>The statements of an answer that a party's actors made, in the answer's order; null when none is theirs.</summary>
    public static Answer? ThePartysAmong(KnowledgeIndex index, IReadOnlySet<string> members, Answer answer) =>
        answer.Citations.Select(c => StatementThread.Find(index, c)).OfType<IndexedStatement>().Where(s => members.Contains(s.Speaker.Id)).Distinct().ToList()
            is { Count: > 0 } theirs ? StatementThread.Compose(theirs) : null;

    /// <summary>Whether an answer's first citation is of one of a party's actors.</summary>
    public static bool ByParty(KnowledgeIndex index, Answer answer, IReadOnlySet<string> members) =>
        answer.Citations is [var first, ..] && members.Any(id => index.Actors.TryGetValue(id, out var actor) && Same(actor.Name, first.Speaker));

    private static Answer? OnTheStatement(KnowledgeIndex index, Citation last, Func<IndexedStatement, bool> speaks)
    {
        if (StatementThread.Find(index, last) is not { } statement)
        {
            return null;
        }

        var topics = statement.Statement.Topics.ToHashSet(StringComparer.Ordinal);
        var scored = index.Statements
            .Where(s => s.Speaker.Id != statement.Speaker.Id && !Same(s.Citation.Speaker, last.Speaker) && speaks(s))
            .Select(s => (Statement: s, Topics: s.Statement.Topics.Count(topics.Contains), Words: Shared(s, statement)))
            .Where(s => s.Topics > 0 || s.Words >= 2)
            .OrderBy(s => s.Statement.Speaker.Kind == Knowledge.ActorKind.Outlet)
            .ThenByDescending(s => s.Topics)
            .ThenByDescending(s => s.Words)
            .Select(s => s.Statement)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var firsts = scored.GroupBy(s => s.Speaker.Id).Select(g => g.First()).ToList();
        return StatementThread.Compose([.. firsts, .. scored.Except(firsts)]);
    }

    /// <summary>The same speaker's statements reported through another outlet or article than <paramref name="last"/> (its
    /// via, else its publisher): another rendering of the same words first, then those sharing most of its words and
    /// topics; null when no other outlet quotes that speaker.</summary>
    public static Answer? OtherRenderings(KnowledgeIndex index, Citation last)
    {
        if (StatementThread.Find(index, last) is not { } statement)
        {
            return null;
        }

        var topics = statement.Statement.Topics.ToHashSet(StringComparer.Ordinal);
        var outlet = OutletOf(last);
        var others = index.Statements
            .Where(s => s != statement && s.Speaker.Id == statement.Speaker.Id && !string.Equals(OutletOf(s.Citation), outlet, StringComparison.OrdinalIgnoreCase))
            .Select(s => (Statement: s, Rendering: Renderings.AreRenderingsOfOneStatement(statement, s), Words: Shared(s, statement), Topics: s.Statement.Topics.Count(topics.Contains)))
            .OrderByDescending(s => s.Rendering)
            .ThenByDescending(s => s.Words)
            .ThenByDescending(s => s.Topics)
            .Select(s => s.Statement)
            .ToList();
        return others.Count > 0 ? StatementThread.Compose(others) : null;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string OutletOf(Citation citation) => citation.Via ?? citation.Source.Publisher;

    private static int Shared(IndexedStatement a, IndexedStatement b) => a.ContentStems.Intersect(b.ContentStems, StringComparer.Ordinal).Count();
}
