using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Feedback;

/// <summary>Routes through <see cref="CommandRouter"/> and gives every answer or abstention to a
/// question (its first page) a <see cref="Reply.Rating"/>, so that each surface can offer 👍/👎.</summary>
public sealed class RatingRouter(CommandRouter router, IKnowledgeSource knowledge, RatingRegistry registry) : ICommandRouter
{
    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var snapshot = knowledge.Current;
        var reply = await router.RouteAsync(message, cancellationToken);
        if (reply.Kind is not (ReplyKind.Answer or ReplyKind.NoAnswer) || reply.FirstCitationNumber != 1)
        {
            return reply;
        }

        var lookup = StatementLookup.Of(snapshot);
        var statements = reply.Citations.Select(lookup.IdOf).OfType<string>().ToList();
        return reply with { Rating = registry.Add(Question(message.Text), reply.Kind == ReplyKind.Answer, statements) };
    }

    private static string Question(string text)
    {
        var clean = InputSanitizer.Clean(text);
        var command = clean.Split(' ', 2);
        return command is [var first, var rest] && first.TrimStart('/', '!').Equals("ask", StringComparison.OrdinalIgnoreCase) ? rest.Trim() : clean;
    }
}
