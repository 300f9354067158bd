using System.Text.Json.Serialization;

namespace TalksBot.Slack.WebApi;

/// <summary>The fields the bot reads from any Web API response. Slack reports errors as HTTP 200 with
/// <c>ok: false</c>, so <see cref="Ok"/> is what decides success.</summary>
internal sealed record ApiResponse(
    bool Ok,
    string? Error = null,
    string? UserId = null,
    string? BotId = null,
    string? Url = null,
    string? Ts = null)
{
    /// <summary>The error of a call that may have been done although no answer came (a timeout or a cut
    /// connection): not retried, since chat.postMessage has no idempotency key.</summary>
    public const string Unconfirmed = "request_unconfirmed";

    /// <summary>Slack's Retry-After on a 429 that outlasted the retry budget.</summary>
    [JsonIgnore]
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Failed for now but worth trying again later: rate limited, a 5xx, or no connection at all.</summary>
    [JsonIgnore]
    public bool IsRetryable => !Ok && (Error is "ratelimited" or "connection_failed" || Error?.StartsWith("http_5", StringComparison.Ordinal) == true);

    public static ApiResponse Failed(string error) => new(false, error);
}
