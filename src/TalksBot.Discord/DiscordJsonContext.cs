using System.Text.Json.Serialization;
using TalksBot.Discord.Commands;
using TalksBot.Discord.Gateway;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(Hello))]
[JsonSerializable(typeof(Ready))]
[JsonSerializable(typeof(Identify))]
[JsonSerializable(typeof(Resume))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(IReadOnlyList<AutocompleteChoice>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(GatewayBot))]
[JsonSerializable(typeof(SavedSession))]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(bool))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
