using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>The router's fixed replies: help, listings and errors.</summary>
internal static class ReplyTexts
{
    public static Reply Empty(KnowledgeBase knowledge) =>
        new(ReplyKind.Error, "Ask me a question about the coverage" + Example(knowledge) + ", or say “help”.");

    public static Reply TooLong(int length, int max) =>
        new(ReplyKind.Error, $"That message is {length} characters long; please ask in fewer than {max}.");

    public static Reply QuotesWithoutPerson(KnowledgeBase knowledge)
    {
        var someone = Suggestions.QuotedActors(knowledge.Index).FirstOrDefault();
        var example = someone is null ? "" : $", for example “quotes {someone.Name}”";
        return new(ReplyKind.Error, $"Whose quotes? Say “quotes” and a name{example}. “speakers” lists everyone quoted.");
    }

    private static string Example(KnowledgeBase knowledge) =>
        knowledge.Index.StarterQuestions.FirstOrDefault() is { } question ? $", for example “{question}”" : "";

    /// <summary>A follow-up asking for a detail the statements already shown do not hold.</summary>
    public const string NothingMoreShown = "The coverage doesn't say — nothing beyond the quotes I already showed you.";

    /// <summary>Before the last statement again, when no article near it says it was checked ("is that confirmed?").</summary>
    public const string NotSaidToBeConfirmed = "The coverage doesn't say whether anyone confirmed it independently.";

    /// <summary>"what did he say right before that" when the statement shown opens what the article quotes of them.</summary>
    public const string NothingBefore = "The article quotes nothing of theirs before that.";

    public static Reply FollowUpExpired() =>
        new(ReplyKind.Error, "Those quotes are no longer available; please ask the question again.");

    public static Reply Help(KnowledgeBase knowledge)
    {
        var examples = Suggestions.All(knowledge.Index).Take(4).ToList();
        const string text = "I answer questions about the news coverage with verbatim quotes: who said it, in what role, "
            + "through which outlet, and in which article. When the coverage doesn't say, I say so.";
        return new Reply(ReplyKind.Help, text)
        {
            Items =
            [
                new ReplyItem("ask <question>", "Ask anything; a message without a command is a question too."),
                new ReplyItem("speakers", "Who is quoted, with their roles."),
                new ReplyItem("quotes <person>", "Everything one person or party said."),
                new ReplyItem("sources", "The articles I answer from."),
                new ReplyItem("help", "This message."),
            ],
            Suggestions = examples,
        };
    }

    public static Reply Speakers(KnowledgeBase knowledge)
    {
        var items = Suggestions.QuotedActors(knowledge.Index)
            .Select(a => new ReplyItem(Display.Capitalize(a.Name), Detail(a.Actor.Role, a.OwnStatements)))
            .ToList();
        return new Reply(ReplyKind.List, $"{items.Count} people and parties are quoted in the coverage:") { Items = items };
    }

    public static Reply Sources(KnowledgeBase knowledge)
    {
        var items = knowledge.Articles
            .OrderByDescending(a => a.Date).ThenBy(a => a.Publisher, StringComparer.Ordinal)
            .Select(a => new ReplyItem(a.Title, SourceDetail(a), a.Url))
            .ToList();
        var noun = items.Count == 1 ? "article" : "articles";
        return new Reply(ReplyKind.List, $"I answer from {items.Count} {noun}:") { Items = items };
    }

    /// <summary>"who wrote this article": the data keeps each article's publisher, not its writer.</summary>
    public static Reply NoAuthor(KnowledgeBase knowledge)
    {
        var publishers = knowledge.Articles.Select(a => a.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var from = publishers.Count <= 3 ? string.Join(", ", publishers) : $"{string.Join(", ", publishers.Take(3))} and {publishers.Count - 3} more";
        return new Reply(ReplyKind.NoAnswer, $"The coverage doesn't name who wrote it; I know each article by its outlet ({from}). Type “sources” for the list.");
    }

    private static string Detail(string? role, int statements)
    {
        var count = statements == 1 ? "1 statement" : $"{statements} statements";
        return role is null ? count : $"{role} · {count}";
    }

    private static string SourceDetail(Article article)
    {
        var date = article.Date is { } d ? " · " + AnswerWriter.FormatDate(d) : "";
        return $"{article.Publisher}{date} · {article.Statements.Count} statements";
    }
}
