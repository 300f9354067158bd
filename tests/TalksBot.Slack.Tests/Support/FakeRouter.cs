using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Slack.Tests.Support;

/// <summary>A stand-in for Core's router for protocol tests: answers with a fixed, recognisable reply
/// (a verbatim quote, a "More quotes" follow-up), or whatever a test supplies.</summary>
public sealed class FakeRouter(Func<ChatMessage, Reply>? respond = null) : ICommandRouter
{
    public const string Quote = "We are ready to discuss a neutral status, but only with guarantees.";
    public const string SecondQuote = "The guarantees must be legally binding.";
    public const string Speaker = "Alex Example";
    public const string MoreCommand = "more q1 2";

    public static ArticleSource Source { get; } = new("a1", "Example Wire", new DateOnly(2022, 3, 29), "Talks end with proposals", new Uri("https://news.example.org/a1?x=1&y=2"));

    public static Citation Citation(string quote, string speaker = Speaker) =>
        new(quote, speaker, "chief negotiator", "Reuters", Source, 3, StatementKind.DirectQuote);

    public ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(respond?.Invoke(message) ?? Default(message));

    private static Reply Default(ChatMessage message) => message.Text switch
    {
        "help" => new Reply(ReplyKind.Help, "Ask me about the talks, or try: speakers, sources, quotes <person>."),
        MoreCommand => new Reply(ReplyKind.Answer, "More on that:") { Citations = [Citation(SecondQuote)], FirstCitationNumber = 2, TotalCitations = 2 },
        _ => new Reply(ReplyKind.Answer, "A neutral status was discussed.")
        {
            Citations = [Citation(Quote)],
            TotalCitations = 2,
            More = new FollowUp("More quotes", MoreCommand),
        },
    };
}
