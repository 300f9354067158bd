using System.Globalization;
using TalksBot.Core.Index;
using TalksBot.Core.Text;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Query;

/// <summary>Writes the short reply text of an answer from its citations. Everything it writes is
/// either a fixed English frame or text from the data; nothing of the question is echoed except
/// unknown words, which are letters and digits only.</summary>
internal static class AnswerWriter
{
    public static string Evidence(IReadOnlyList<Cited> cited, IReadOnlySet<string> stems, QuestionIntent intent)
    {
        var first = cited[0];
        var asksHowMany = intent == QuestionIntent.Quantity;
        var text = Attribution(first) + ": " + Shown(first, stems, asksHowMany);
        if (intent == QuestionIntent.When && first.Citation.Source.Date is { } date)
        {
            text += " (reported " + FormatDate(date) + ")";
        }

        if (cited.Count > 1 && Renderings.AreRenderingsOfOneStatement(first.Statement, cited[1].Statement))
        {
            text += " — " + Outlet(cited[1].Citation) + " renders it differently: " + Shown(cited[1], stems, asksHowMany);
        }
        else if (cited.Count > 1 && cited[1].Citation.IsCounterpoint)
        {
            var relation = first.Statement.Disputes.Contains(cited[1].Statement.Index) ? " — disputing " : " — disputed by ";
            text += relation + Attribution(cited[1]) + ": " + Shown(cited[1], stems, asksHowMany);
        }

        return text;
    }

    public static string Speakers(IReadOnlyList<Cited> speakers, IReadOnlySet<string> stems)
    {
        var text = JoinAnd(speakers.Select(c => ShowsRole(c) ? $"{c.Citation.Speaker} ({c.Citation.Role})" : c.Citation.Speaker).ToList());
        var first = speakers[0].Citation;
        if (speakers.Count == 1 && first.Via is not null)
        {
            text += ", via " + first.Via;
        }

        return text + ": " + Shown(speakers[0], stems);
    }

    public static string Profile(CorpusActor actor, int quoted)
    {
        var name = Display.Capitalize(actor.Name);
        var role = actor.Actor.Role is { } r ? " — " + r : "";
        return actor.Actor.Kind == ActorKind.Outlet
            ? $"{name}{role}. {Count(quoted, "statement")} in the coverage came through it."
            : $"{name}{role}. {Count(quoted, "statement")} in the coverage.";
    }

    public static string Listing(CorpusActor actor, int count)
    {
        var name = Display.Capitalize(actor.Name);
        return actor.Actor.Kind switch
        {
            ActorKind.Outlet => $"{Count(count, "statement")} reported by {name}:",
            ActorKind.Person => $"{name}{(actor.Actor.Role is { } role ? " (" + role + ")" : "")}: {Count(count, "statement")} in the coverage.",
            _ => $"{name}: {Count(count, "statement")} from {actor.Name} and those speaking for it.",
        };
    }

    /// <summary>A friendly word back and what the bot is for; never a citation.</summary>
    public static string SmallTalk(SmallTalkKind kind, KnowledgeIndex index)
    {
        if (kind == SmallTalkKind.Opinion)
        {
            return WhatICanAnswer("I don't give opinions or predictions; I can show you what the people in the coverage said.", index);
        }

        var opening = kind switch
        {
            SmallTalkKind.AboutTheBot => "I'm TalksBot, a bot: I don't write answers of my own, I find what the people in the coverage said.",
            SmallTalkKind.Greeting => "Hi! I'm here.",
            SmallTalkKind.Thanks => "You're welcome!",
            SmallTalkKind.Farewell => "Bye for now!",
            _ => "👍",
        };
        var example = index.StarterQuestions.FirstOrDefault() is { } question ? $" — for example “{question}”" : "";
        return $"{opening} Ask me about the coverage{example}; I answer with verbatim, cited quotes.";
    }

    public static string AfterTheCoverage(DateOnly newest, KnowledgeIndex index) =>
        WhatICanAnswer(string.Create(CultureInfo.InvariantCulture, $"The coverage runs to {newest:d MMMM yyyy}; it doesn't say how things turned out after that."), index);

    public static string NotOnTopic(CorpusActor actor) =>
        $"The coverage quotes {actor.Name}, but not on that. Ask “what did {actor.Name} say” to see all of it.";

    private const int PartyMembersNamed = 4;

    /// <summary>"what did the Americans say about borscht": the party's quoted people, named, but nothing of theirs on that.</summary>
    public static string PartyNotOnTopic(string party, IEnumerable<string> members)
    {
        var names = members.Order(StringComparer.OrdinalIgnoreCase).ToList();
        var shown = names.Count > PartyMembersNamed ? [.. names.Take(PartyMembersNamed), $"{names.Count - PartyMembersNamed} others"] : names;
        return $"Of “{party}”, the coverage quotes {JoinAnd(shown)}, but not on that.";
    }

    /// <summary>Asked for someone's own words where the coverage has only an article's account of them.</summary>
    public static string OnlyAnAccount(Citation account)
    {
        var speaker = account.Speaker.StartsWith("The ", StringComparison.Ordinal) ? "the " + account.Speaker[4..] : account.Speaker;
        var outlet = account.Via ?? account.Source.Publisher;
        return $"The coverage has no quote of {Possessive(speaker)} own words on that, only {Possessive(outlet)} account of what was said. "
            + "Ask without “quote” to see it.";
    }

    /// <summary>"Kirby's", "U.S. officials'".</summary>
    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    public static string NotQuoted(string name, KnowledgeIndex index) =>
        WhatICanAnswer("The coverage doesn't quote “" + name + "”.", index);

    /// <param name="unknownWords">Words of the question no statement holds; an article's own text may still hold them
    /// ("Abramovich" in its narration), and then the reply says so rather than that the coverage doesn't mention them.</param>
    public static string Abstain(IReadOnlyList<string> unknownWords, KnowledgeIndex index)
    {
        var unmentioned = unknownWords.Where(w => !index.Lexicon.Contains(w.ToLowerInvariant())).ToList();
        return WhatICanAnswer(unknownWords.Count == 0 ? "The coverage doesn't say."
            : unmentioned.Count > 0 ? "The coverage doesn't mention " + Quoted(unmentioned) + "."
            : "The coverage mentions " + Quoted(unknownWords) + " but quotes no one on " + (unknownWords.Count == 1 ? "it." : "them."), index);
    }

    private static string Quoted(IEnumerable<string> words) => JoinAnd([.. words.Select(w => "“" + w + "”")]);

    private static string WhatICanAnswer(string opening, KnowledgeIndex index) => opening + " " + index.Capabilities;

    public static string DescribeCapabilities(KnowledgeIndex index)
    {
        var people = index.Actors.Values.Where(a => a.Actor.Kind == ActorKind.Person && a.OwnStatements > 0).Select(a => a.Name).Take(8).ToList();
        var topics = index.Vocabulary.Topics.Where(t => index.Statements.Any(s => s.Statement.Topics.Contains(t.Id))).Select(t => t.Label).ToList();
        return (topics.Count, people.Count) switch
        {
            (> 0, > 0) => "I can answer about " + JoinAnd(topics) + ", and what " + JoinAnd(people) + " said.",
            (> 0, 0) => "I can answer about " + JoinAnd(topics) + ".",
            (0, > 0) => "I can answer about what " + JoinAnd(people) + " said.",
            _ => "I can answer about what the coverage quotes.",
        };
    }

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Attribution(Cited cited)
    {
        var citation = cited.Citation;
        if (citation.Kind == StatementKind.Narration)
        {
            return citation.Source.Publisher + " reports";
        }

        var who = ShowsRole(cited) ? citation.Speaker + ", " + citation.Role : citation.Speaker;
        return citation.Via is null ? who : who + " (via " + citation.Via + ")";
    }

    /// <summary>A direct quote in quotation marks; a reported claim or narration as the article's
    /// words, marked as such, never dressed up as the speaker's own.</summary>
    private static string Shown(Cited cited, IReadOnlySet<string> stems, bool asksHowMany = false)
    {
        var fragment = Fragment.Of(cited.Statement, stems, asksHowMany);
        if (cited.Citation.Kind != StatementKind.DirectQuote)
        {
            return "(in the article's words) " + fragment;
        }

        // A fragment that does not end in an omission mark runs to the end of the quote.
        var reachesACut = cited.Citation.IsCut && !fragment.EndsWith(Chat.CutQuote.Mark, StringComparison.Ordinal);
        return reachesACut ? "“" + Chat.CutQuote.Marked(fragment) + "” " + Chat.CutQuote.Note : "“" + fragment + "”";
    }

    private static string Outlet(Citation citation) => citation.Via ?? citation.Source.Publisher;

    /// <summary>A person's role says who they are; a delegation's or an outlet's name already does.</summary>
    private static bool ShowsRole(Cited cited) => cited.Citation.Role is not null && cited.Statement.Speaker.Kind == ActorKind.Person;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => items[0] + " and " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
