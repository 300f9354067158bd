using System.Text.Json;

namespace TalksBot.Slack.SocketMode;

/// <summary>Any frame Slack sends over Socket Mode: <c>hello</c>, <c>disconnect</c>, or an envelope
/// (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) carrying <see cref="EnvelopeId"/>.</summary>
internal sealed record SocketMessage(
    string Type,
    string? EnvelopeId = null,
    JsonElement Payload = default,
    bool AcceptsResponsePayload = false,
    int? RetryAttempt = null,
    string? RetryReason = null,
    string? Reason = null,
    int? NumConnections = null);

/// <summary>The acknowledgement of one envelope, sent on the socket it arrived on.</summary>
internal sealed record SocketAck(string EnvelopeId);
