namespace TalksBot.Discord.Commands;

/// <summary>A command as sent to the bulk-overwrite endpoint: a slash command (CHAT_INPUT, type 1) or a
/// message context-menu command (type 3, no description and no options).</summary>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<CommandOption>? Options,
    IReadOnlyList<int> IntegrationTypes,
    IReadOnlyList<int> Contexts,
    int Type = ApplicationCommand.ChatInputType)
{
    public const int ChatInputType = 1;
    public const int MessageType = 3;
}

internal sealed record CommandOption(
    string Name,
    string Description,
    int Type = CommandOption.StringType,
    bool Required = false,
    bool Autocomplete = false,
    int? MinLength = null,
    int? MaxLength = null)
{
    public const int StringType = 3;
}
