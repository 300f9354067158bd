namespace TalksBot.Discord.Payloads;

/// <summary>An interaction callback: a message (types 4, 5, 7), a bare acknowledgement (1, 6) or
/// autocomplete choices (8). Written by <see cref="InteractionResponseWriter"/>.</summary>
internal sealed record InteractionResponse(int Type, MessagePayload? Message = null, IReadOnlyList<AutocompleteChoice>? Choices = null)
{
    public const int PongType = 1;
    public const int ChannelMessageType = 4;
    public const int DeferredChannelMessageType = 5;
    public const int DeferredUpdateMessageType = 6;
    public const int UpdateMessageType = 7;
    public const int AutocompleteResultType = 8;

    public static InteractionResponse Pong { get; } = new(PongType);
}

internal sealed record AutocompleteChoice(string Name, string Value);
