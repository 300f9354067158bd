using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Gateway;

internal sealed record Hello(int HeartbeatInterval);

internal sealed record Ready(User User, string SessionId, string ResumeGatewayUrl);

internal sealed record Identify(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record Resume(string Token, string SessionId, int? Seq);
