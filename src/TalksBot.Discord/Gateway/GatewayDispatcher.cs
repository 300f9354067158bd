using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Diagnostics;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Interactions;
using TalksBot.Discord.Messages;

namespace TalksBot.Discord.Gateway;

/// <summary>Hands the dispatches the bot answers to background work, so that the receive loop and the
/// heartbeat never wait on the router or on REST. Each message and interaction id is claimed first, so a
/// dispatch replayed after a resume is not answered again.</summary>
internal sealed class GatewayDispatcher(
    InteractionProcessor interactions,
    CallbackResponder callback,
    MessageHandler messages,
    DeliveryClaims claims,
    BackgroundWork work,
    TimeProvider time,
    ILogger<GatewayDispatcher> logger)
{
    public void Dispatch(string? eventName, JsonElement? data, string botUserId)
    {
        var receivedAt = time.GetTimestamp();
        switch (eventName)
        {
            case "INTERACTION_CREATE" when Read(eventName, data, DiscordJsonContext.Default.Interaction) is { } interaction:
                work.Start("interaction " + interaction.Id, async ct =>
                {
                    using var scope = QuestionScope.Begin(logger, "discord", interaction.Id);
                    if (await claims.ClaimInteractionAsync(interaction.Id, ct))
                    {
                        await interactions.ProcessAsync(interaction, callback, receivedAt, ct);
                    }
                });
                break;
            case "MESSAGE_CREATE" when Read(eventName, data, DiscordJsonContext.Default.Message) is { } message
                && IncomingMessage.QuestionOf(message, botUserId) is { } question:
                work.TryStartBounded("message " + message.Id, async ct =>
                {
                    using var scope = QuestionScope.Begin(logger, "discord", message.Id);
                    if (await claims.ClaimMessageAsync(message.Id, ct))
                    {
                        await messages.HandleAsync(message, question, IncomingMessage.ConversationOf(message, botUserId), ct);
                    }
                });
                break;
        }
    }

    private T? Read<T>(string eventName, JsonElement? data, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return data?.Deserialize(type);
        }
        catch (JsonException error)
        {
            Log.DispatchUnreadable(logger, error, eventName);
            return null;
        }
    }
}
