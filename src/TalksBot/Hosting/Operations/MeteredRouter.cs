using TalksBot.Core.Chat;

namespace TalksBot.Hosting.Operations;

/// <summary>Core's router (with its 👍/👎 ratings, and rate limits while serving a platform) with every reply
/// counted and timed for <c>/metrics</c>; every surface goes through it.</summary>
internal sealed class MeteredRouter(ICommandRouter inner, BotMetrics metrics, TimeProvider time) : ICommandRouter
{
    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var reply = await inner.RouteAsync(message, cancellationToken);
        metrics.Replied(reply.Kind, message.Surface, time.GetElapsedTime(started));
        return reply;
    }
}
