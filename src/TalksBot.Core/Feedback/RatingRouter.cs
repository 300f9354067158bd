using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Feedback;

/// <summary>Routes through <see cref="CommandRouter"/> and gives every answer or abstention to a
/// question a <see cref="Reply.Rating"/>, so that each surface can offer 👍/👎. Its later "More quotes"
/// pages carry the same rating (one vote per person for the whole answer), while the rated-answer store remembers it.</summary>
public sealed class RatingRouter(CommandRouter router, IKnowledgeSource knowledge, RatingRegistry registry) : ICommandRouter
{
    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var snapshot = knowledge.Current;
        var reply = await router.RouteAsync(message, cancellationToken);
        if (reply.Kind is not (ReplyKind.Answer or ReplyKind.NoAnswer))
        {
            return reply;
        }

        if (reply.FirstCitationNumber != 1)
        {
            return PagesKey(message.Text) is { } pages && await registry.FindByPagesAsync(pages, cancellationToken) is { } rating ? reply with { Rating = rating } : reply;
        }

        var lookup = StatementLookup.Of(snapshot);
        var statements = reply.Citations.Select(lookup.IdOf).OfType<string>().ToList();
        return reply with { Rating = await registry.AddAsync(Question(message.Text), reply.Kind == ReplyKind.Answer, statements, PagesKey(reply.More?.Command), cancellationToken) };
    }

    /// <summary>The pages key of a "more KEY OFFSET" command, as <see cref="CommandRouter"/> writes it.</summary>
    private static string? PagesKey(string? command) =>
        command?.Split(' ') is ["more", var key, _] && FollowUpKey.IsKey(key) ? key : null;

    private static string Question(string text)
    {
        var clean = InputSanitizer.Clean(text);
        var command = clean.Split(' ', 2);
        return command is [var first, var rest] && first.TrimStart('/', '!').Equals("ask", StringComparison.OrdinalIgnoreCase) ? rest.Trim() : clean;
    }
}
