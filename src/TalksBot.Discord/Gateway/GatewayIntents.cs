namespace TalksBot.Discord.Gateway;

/// <summary>Intent bits. MESSAGE_CONTENT (privileged) is not needed: DMs and messages that mention the
/// bot carry their content without it.</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    public const int Bot = Guilds | GuildMessages | DirectMessages;
}
