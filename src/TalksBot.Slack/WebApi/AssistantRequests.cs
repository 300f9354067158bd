namespace TalksBot.Slack.WebApi;

/// <summary>assistant.threads.setSuggestedPrompts: up to <see cref="MaxPrompts"/> prompts under an optional title.</summary>
internal sealed record SetSuggestedPromptsRequest(string ChannelId, string ThreadTs, IReadOnlyList<SuggestedPrompt> Prompts, string? Title = null)
{
    public const int MaxPrompts = 4;
}

/// <summary>A prompt: the <see cref="Title"/> shown, the <see cref="Message"/> sent when clicked.</summary>
internal sealed record SuggestedPrompt(string Title, string Message);

/// <summary>assistant.threads.setStatus: shown in the thread until the bot replies (or two minutes pass); empty clears it.</summary>
internal sealed record SetStatusRequest(string ChannelId, string ThreadTs, string Status);
