using Microsoft.Extensions.Logging;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rendering;
using TalksBot.Discord.Rest;
using TalksBot.Discord.Routing;

namespace TalksBot.Discord.Messages;

/// <summary>Answers a DM or a mention with a reply in the same channel. Help and errors cannot be
/// ephemeral outside interactions, so they are ordinary replies here. A reply Discord refuses for a while is kept
/// and posted later (<see cref="ReplyPoster"/>).</summary>
internal sealed class MessageHandler(SafeRouter router, ReplyPoster replies, TimeProvider time, ILogger<MessageHandler> logger)
{
    public async Task HandleAsync(Message message, string question, (string Id, bool Starts) conversation, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var reply = await router.RouteAsync(question, message.Author.Id, conversation.Id, cancellationToken, conversation.Starts);
        var payload = ReplyRenderer.Render(reply) with
        {
            MessageReference = new MessageReference(message.Id),
            // Makes a retried POST idempotent: Discord returns the first message for a repeated nonce.
            Nonce = message.Id,
            EnforceNonce = true,
        };

        try
        {
            await replies.PostAsync(message.ChannelId, payload, cancellationToken);
            Log.MessageAnswered(logger, message.ChannelId, reply.Kind.ToString(), time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DiscordRestException error)
        {
            Log.MessageReplyFailed(logger, error, message.ChannelId);
        }
    }
}
