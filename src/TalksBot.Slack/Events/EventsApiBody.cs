using System.Text.Json;

namespace TalksBot.Slack.Events;

/// <summary>The outer body of an Events API delivery: <c>event_callback</c> (with <see cref="Event"/>),
/// <c>url_verification</c> (with <see cref="Challenge"/>) or <c>app_rate_limited</c>.</summary>
internal sealed record EventsApiBody(
    string Type,
    string? EventId = null,
    string? Challenge = null,
    JsonElement Event = default,
    string? ApiAppId = null,
    long? MinuteRateLimited = null);
