using TalksBot.Core.Chat;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rendering;

namespace TalksBot.Discord.Commands;

/// <summary>The slash commands: their registration JSON, the router text each one becomes, and the
/// autocomplete each option gets.</summary>
internal static class CommandCatalog
{
    public const string Ask = "ask";
    public const string Speakers = "speakers";
    public const string Quotes = "quotes";
    public const string Sources = "sources";
    public const string Help = "help";

    /// <summary>The message context-menu command: right-click a message → Apps → Ask TalksBot.</summary>
    public const string AskAboutMessage = "Ask TalksBot";
    public const string QuestionOption = "question";
    public const string PersonOption = "person";

    public const int QuestionMaxLength = 300;

    // Explicit, because the defaults have been wrong (api-docs #7396): installable in servers (0),
    // usable in servers (0) and in the bot's DMs (1).
    private static readonly int[] IntegrationTypes = [0];
    private static readonly int[] Contexts = [0, 1];

    public static IReadOnlyList<ApplicationCommand> Definitions { get; } =
    [
        new(Ask, "Ask a question about the talks; the answer quotes the news coverage",
            [new(QuestionOption, "Your question", Required: true, Autocomplete: true, MinLength: 2, MaxLength: QuestionMaxLength)],
            IntegrationTypes, Contexts),
        new(Speakers, "Who is quoted in the coverage", [], IntegrationTypes, Contexts),
        new(Quotes, "What one person or party is quoted as saying",
            [new(PersonOption, "A person or party", Required: true, Autocomplete: true, MinLength: 1, MaxLength: 100)],
            IntegrationTypes, Contexts),
        new(Sources, "The articles the answers come from", [], IntegrationTypes, Contexts),
        new(Help, "How to ask TalksBot questions", [], IntegrationTypes, Contexts),
        new(AskAboutMessage, "", null, IntegrationTypes, Contexts, ApplicationCommand.MessageType),
    ];

    public static bool IsAskAboutMessage(InteractionData data) => data is { Type: ApplicationCommand.MessageType, Name: AskAboutMessage };

    /// <summary>The router text for "Ask TalksBot" on a message: its text as a question, or null when it has none.</summary>
    public static string? RouterTextOfMessage(InteractionData data) =>
        data.TargetId is { } id && data.Resolved?.Messages?.GetValueOrDefault(id)?.Content is { } content && !string.IsNullOrWhiteSpace(content)
            ? "ask " + DiscordText.OneLine(content)
            : null;

    /// <summary>The router text for a command, or null when the command or a required option is unknown.</summary>
    public static string? RouterText(InteractionData data) => data.Type is null or ApplicationCommand.ChatInputType ? data.Name switch
    {
        Ask => Option(data, QuestionOption) is { } question ? "ask " + question : null,
        Quotes => Option(data, PersonOption) is { } person ? "quotes " + person : null,
        Speakers or Sources or Help => data.Name,
        _ => null,
    } : null;

    /// <summary>The router text of a component's custom_id (a "More quotes" button), or null.</summary>
    public static string? RouterTextOfButton(InteractionData data) =>
        data.CustomId is { } id && id.StartsWith(ReplyRenderer.FollowUpPrefix, StringComparison.Ordinal) && id.Length > ReplyRenderer.FollowUpPrefix.Length
            ? id[ReplyRenderer.FollowUpPrefix.Length..]
            : null;

    public static IReadOnlyList<AutocompleteChoice> Suggest(InteractionData data, IAutocomplete autocomplete)
    {
        var focused = data.Options?.FirstOrDefault(o => o.Focused == true);
        var typed = focused?.StringValue ?? "";
        var suggestions = (data.Name, focused?.Name) switch
        {
            (Ask, QuestionOption) => autocomplete.SuggestQuestions(typed, DiscordLimits.AutocompleteChoices),
            (Quotes, PersonOption) => autocomplete.SuggestPeople(typed, DiscordLimits.AutocompleteChoices),
            _ => [],
        };

        // A choice's value is what gets submitted, so one that would not fit is left out rather than cut.
        return suggestions
            .Select(s => DiscordText.OneLine(s))
            .Where(s => s.Length is > 0 and <= DiscordLimits.ChoiceText)
            .Distinct(StringComparer.Ordinal)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(s => new AutocompleteChoice(s, s))
            .ToList();
    }

    private static string? Option(InteractionData data, string name) =>
        data.Options?.FirstOrDefault(o => o.Name == name)?.StringValue is { } value && !string.IsNullOrWhiteSpace(value)
            ? DiscordText.OneLine(value)
            : null;
}
