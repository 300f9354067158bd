using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Interactions;
using TalksBot.Discord.Messages;

namespace TalksBot.Discord.Gateway;

/// <summary>Hands the dispatches the bot answers to background work, so that the receive loop and the
/// heartbeat never wait on the router or on REST.</summary>
internal sealed class GatewayDispatcher(
    InteractionProcessor interactions,
    CallbackResponder callback,
    MessageHandler messages,
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
                work.Start("interaction " + interaction.Id, ct => interactions.ProcessAsync(interaction, callback, receivedAt, ct));
                break;
            case "MESSAGE_CREATE" when Read(eventName, data, DiscordJsonContext.Default.Message) is { } message
                && IncomingMessage.QuestionOf(message, botUserId) is { } question:
                work.TryStartBounded("message " + message.Id, ct => messages.HandleAsync(message, question, IncomingMessage.ConversationOf(message, botUserId), ct));
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
