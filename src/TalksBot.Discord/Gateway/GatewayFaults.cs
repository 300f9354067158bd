using System.Net.WebSockets;
using System.Text.Json;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

internal static class GatewayFaults
{
    /// <summary>A failure to reach or talk to Discord that a later attempt may not meet. A rejected token is
    /// not one: the REST client has already stopped the host for it.</summary>
    public static bool IsTransient(Exception error) =>
        error is WebSocketException or HttpRequestException or JsonException or IOException or UriFormatException or TimeoutException
            or DiscordRestException { IsUnauthorized: false };
}
