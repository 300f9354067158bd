namespace TalksBot.Core.Chat;

/// <summary>The one entry point every surface calls: text in, a semantic <see cref="Reply"/> out.
/// It never throws for bad input; hostile or empty text gets a reply that says what went wrong.</summary>
public interface ICommandRouter
{
    ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default);
}
