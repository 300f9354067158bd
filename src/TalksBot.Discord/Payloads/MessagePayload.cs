namespace TalksBot.Discord.Payloads;

/// <summary>The body of a channel message, an interaction message response, an edit or a follow-up.</summary>
internal sealed record MessagePayload(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<Component>? Components = null,
    int? Flags = null,
    MessageReference? MessageReference = null,
    string? Nonce = null,
    bool? EnforceNonce = null)
{
    /// <summary>Always sent, so that nothing in a message can ping anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public const int EphemeralFlag = 1 << 6;
}
