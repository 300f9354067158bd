using System.Text.Json.Serialization;
using TalksBot.Slack.Events;
using TalksBot.Slack.Http;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.SocketMode;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack;

/// <summary>Every Slack wire payload, snake_case as Slack spells it; absent fields stay absent.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventsApiBody))]
[JsonSerializable(typeof(MessageEvent))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(BlockActionsPayload))]
[JsonSerializable(typeof(SocketMessage))]
[JsonSerializable(typeof(SocketAck))]
[JsonSerializable(typeof(ApiResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(ResponseUrlMessage))]
[JsonSerializable(typeof(ChallengeResponse))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(AssistantThreadStarted))]
[JsonSerializable(typeof(SetSuggestedPromptsRequest))]
[JsonSerializable(typeof(SetStatusRequest))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
