using TalksBot.Core.Chat;

namespace TalksBot.Core.Limits;

/// <summary>Routes a message only when its user and channel are within their rate limits; otherwise answers
/// with a private, friendly reply saying how long to wait, and the question is not routed. Messages without
/// a user or channel (console, CLI) are never limited.</summary>
public sealed class RateLimitedRouter(ICommandRouter inner, IRateLimits limits) : ICommandRouter
{
    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        if (message.UserId is null && message.ConversationId is null)
        {
            return await inner.RouteAsync(message, cancellationToken);
        }

        var decision = await limits.TryAcquireAsync(message.UserId, message.ConversationId, cancellationToken);
        return decision.IsAllowed
            ? await inner.RouteAsync(message, cancellationToken)
            : TooMany(decision);
    }

    private static Reply TooMany(RateLimitDecision decision)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        var wait = seconds == 1 ? "a second" : $"{seconds} seconds";
        var who = decision.Exceeded == RateLimitScope.Channel ? "This channel has" : "You have";
        return new Reply(ReplyKind.Error, $"{who} asked me a lot of questions in a short time. Please wait {wait} and ask again.");
    }
}
