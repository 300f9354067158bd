namespace TalksBot.Discord.Commands;

/// <summary>A CHAT_INPUT command as sent to the bulk-overwrite endpoint.</summary>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    IReadOnlyList<int> IntegrationTypes,
    IReadOnlyList<int> Contexts,
    int Type = 1);

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
