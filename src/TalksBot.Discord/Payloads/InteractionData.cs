using System.Text.Json;

namespace TalksBot.Discord.Payloads;

/// <summary><c>data</c> of a command or autocomplete (<see cref="Name"/>, <see cref="Options"/>; for a
/// message command <see cref="Type"/> 3, the <see cref="TargetId"/> message in <see cref="Resolved"/>) or a
/// component (<see cref="CustomId"/>).</summary>
internal sealed record InteractionData(
    string? Name = null,
    IReadOnlyList<InteractionOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    int? Type = null,
    string? TargetId = null,
    ResolvedData? Resolved = null);

/// <summary>The objects a command refers to, by id; the bot reads only messages.</summary>
internal sealed record ResolvedData(IReadOnlyDictionary<string, Message>? Messages = null);

/// <summary>One option; <see cref="Focused"/> marks the one being typed during autocomplete.</summary>
internal sealed record InteractionOption(string Name, int Type, JsonElement? Value = null, bool? Focused = null)
{
    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
