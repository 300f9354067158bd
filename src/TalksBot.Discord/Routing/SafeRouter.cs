using Microsoft.Extensions.Logging;
using TalksBot.Core.Chat;

namespace TalksBot.Discord.Routing;

/// <summary>Calls the Core router for Discord; a router bug becomes an error reply, not a silent interaction.</summary>
internal sealed class SafeRouter(ICommandRouter router, ILogger<SafeRouter> logger)
{
    public const string Surface = "discord";

    public async Task<Reply> RouteAsync(string text, string? userId, string? conversationId, CancellationToken cancellationToken, bool startsConversation = false)
    {
        try
        {
            return await router.RouteAsync(new ChatMessage(text, Surface, userId, conversationId, startsConversation), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.RouterFailed(logger, error, Surface);
            return AdapterReplies.Failure;
        }
    }
}
