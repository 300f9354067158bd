using System.Text.Json;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Commands;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Rest;

/// <summary>The REST endpoints the bot uses, all relative to <c>Discord:ApiBaseUrl</c>.</summary>
internal sealed class DiscordApi(RestTransport transport, IOptions<DiscordOptions> options)
{
    private string ApplicationId => options.Value.ApplicationId;

    public async Task<GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var body = await transport.SendAsync(new RestRoute(HttpMethod.Get, "gateway/bot", "gateway/bot", ""), null, cancellationToken);
        return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.GatewayBot)
            ?? throw new JsonException("GET gateway/bot returned null.");
    }

    public Task BulkOverwriteCommandsAsync(IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var guild = options.Value.GuildId;
        var route = string.IsNullOrEmpty(guild)
            ? new RestRoute(HttpMethod.Put, "applications/{application.id}/commands", $"applications/{ApplicationId}/commands", ApplicationId)
            : new RestRoute(HttpMethod.Put, "applications/{application.id}/guilds/{guild.id}/commands", $"applications/{ApplicationId}/guilds/{guild}/commands", guild);
        return transport.SendAsync(route, JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), cancellationToken);
    }

    public Task CreateInteractionResponseAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        var route = new RestRoute(
            HttpMethod.Post,
            "interactions/{interaction.id}/{interaction.token}/callback",
            $"interactions/{interaction.Id}/{Uri.EscapeDataString(interaction.Token)}/callback",
            interaction.Id,
            BotAuth: false);
        return transport.SendAsync(route, InteractionResponseWriter.ToUtf8Json(response), cancellationToken);
    }

    public Task EditOriginalResponseAsync(string token, MessagePayload message, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Patch, "/messages/@original", token), Serialize(message), cancellationToken);

    public Task DeleteOriginalResponseAsync(string token, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Delete, "/messages/@original", token), null, cancellationToken);

    public Task CreateFollowupAsync(string token, MessagePayload message, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Post, "", token) with { Idempotent = false }, Serialize(message), cancellationToken);

    public Task CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken)
    {
        var route = new RestRoute(HttpMethod.Post, "channels/{channel.id}/messages", $"channels/{channelId}/messages", channelId);
        return transport.SendAsync(route, Serialize(message), cancellationToken);
    }

    private RestRoute Webhook(HttpMethod method, string suffix, string token) =>
        new(method,
            "webhooks/{application.id}/{interaction.token}" + suffix,
            $"webhooks/{ApplicationId}/{Uri.EscapeDataString(token)}{suffix}",
            ApplicationId + "/" + token,
            BotAuth: false);

    private static byte[] Serialize(MessagePayload message) =>
        JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.MessagePayload);
}
