using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Discord.Tests.Support;

/// <summary>Replies shaped like Core's, written for these tests (not the repository's data).</summary>
public static class SampleReplies
{
    public static readonly ArticleSource Wire = new("test-wire-1", "Test Wire", new DateOnly(2022, 3, 29), "Talks end with proposals", new Uri("https://news.example/articles/talks"));

    public static Citation FirstQuote { get; } = new(
        "We are ready to discuss a neutral status, provided there are guarantees.",
        "Negotiator One",
        "head of delegation",
        "Reuters",
        Wire,
        4,
        StatementKind.DirectQuote);

    public static Citation SecondQuote { get; } = new(
        "The proposals will be studied and answered.",
        "Negotiator Two",
        "deputy minister",
        null,
        Wire,
        7,
        StatementKind.ReportedClaim);

    public static Reply Answer { get; } = new(ReplyKind.Answer, "Negotiator One said neutrality could be discussed with guarantees.")
    {
        Citations = [FirstQuote],
        FirstCitationNumber = 1,
        TotalCitations = 2,
        More = new FollowUp("More quotes", "more q1 2"),
    };

    public static Reply SecondPage { get; } = new(ReplyKind.Answer, "Negotiator One said neutrality could be discussed with guarantees.")
    {
        Citations = [SecondQuote],
        FirstCitationNumber = 2,
        TotalCitations = 2,
    };

    public static Reply Help { get; } = new(ReplyKind.Help, "Ask with /ask, list speakers with /speakers.")
    {
        Suggestions = ["Who proposed neutrality?"],
    };

    public static Reply Expired { get; } = new(ReplyKind.Error, "That button has expired.");

    public static Reply Speakers { get; } = new(ReplyKind.List, "People quoted:")
    {
        Items = [new ReplyItem("Negotiator One", "head of delegation"), new ReplyItem("Negotiator Two", "deputy minister")],
    };

    public static Reply For(ChatMessage message) => message.Text switch
    {
        "help" => Help,
        "speakers" => Speakers,
        "more q1 2" => SecondPage,
        "more expired" => Expired,
        _ => Answer,
    };
}
