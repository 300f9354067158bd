namespace TalksBot.Discord.Payloads;

/// <summary>An interaction, as it arrives by HTTP or in INTERACTION_CREATE. In a guild the user is in
/// <see cref="Member"/>, in a DM in <see cref="User"/>.</summary>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    User? User = null,
    int? Context = null)
{
    public const int PingType = 1;
    public const int ApplicationCommandType = 2;
    public const int MessageComponentType = 3;
    public const int AutocompleteType = 4;
    public const int ModalSubmitType = 5;

    /// <summary>Discord documents interaction types 1–5 only.</summary>
    public bool HasKnownType => Type is >= PingType and <= ModalSubmitType;

    public string? UserId => Member?.User?.Id ?? User?.Id;
}

internal sealed record GuildMember(User? User = null);
