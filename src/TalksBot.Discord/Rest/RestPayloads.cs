namespace TalksBot.Discord.Rest;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>The identify budget: <see cref="ResetAfter"/> in milliseconds; <see cref="MaxConcurrency"/> identifies per 5 s.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

/// <summary>The body of a 429; <see cref="RetryAfter"/> is in seconds, with decimals.</summary>
internal sealed record RateLimitedBody(double RetryAfter, bool? Global = null);

/// <summary>Discord's JSON error body; <see cref="Code"/> is the JSON error code (e.g. 10062 unknown interaction).</summary>
internal sealed record ErrorBody(int? Code = null, string? Message = null);
