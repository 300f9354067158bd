using System.Net;

namespace TalksBot.Discord.Rest;

/// <summary>A REST call that failed for good. The message names the route template, never the path.</summary>
internal sealed class DiscordRestException(string route, HttpStatusCode? status, int? code, string reason)
    : Exception($"Discord {route} failed: {reason}" + (status is { } s ? $" (HTTP {(int)s}" + (code is { } c ? $", code {c})" : ")") : ""))
{
    public HttpStatusCode? Status { get; } = status;

    public int? Code { get; } = code;

    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;
}
