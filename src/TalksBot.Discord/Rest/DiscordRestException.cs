using System.Net;

namespace TalksBot.Discord.Rest;

/// <summary>A REST call that failed for good. The message names the route template, never the path.</summary>
internal sealed class DiscordRestException(string route, HttpStatusCode? status, int? code, string reason, TimeSpan? retryAfter = null, bool unconfirmed = false)
    : Exception($"Discord {route} failed: {reason}" + (status is { } s ? $" (HTTP {(int)s}" + (code is { } c ? $", code {c})" : ")") : ""))
{
    public HttpStatusCode? Status { get; } = status;

    public int? Code { get; } = code;

    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;

    /// <summary>Discord's retry_after on a 429 that outlasted the retry budget.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>No answer came to a call that is not idempotent, after the request may have left: Discord may
    /// have done it, so it is not tried again.</summary>
    public bool IsUnconfirmed { get; } = unconfirmed;

    /// <summary>Failed for now but worth trying later: still rate limited, a 5xx, or no answer at all (to a call
    /// that may be repeated).</summary>
    public bool IsRetryable => !IsUnconfirmed && (Status is null or HttpStatusCode.TooManyRequests || (int)Status.Value >= 500);
}
