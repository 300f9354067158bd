using System.Text.Json;

namespace TalksBot.Discord.Gateway;

/// <summary>The gateway envelope. <see cref="S"/> and <see cref="T"/> are set only on dispatches (op 0).</summary>
internal sealed record GatewayPayload(int Op, JsonElement? D = null, int? S = null, string? T = null);
