namespace TalksBot.Slack.Events;

/// <summary>The inner event of an <c>app_mention</c> or <c>message</c> delivery, reduced to what the bot reads.</summary>
internal sealed record MessageEvent(
    string Type,
    string? Subtype = null,
    string? Channel = null,
    string? ChannelType = null,
    string? User = null,
    string? BotId = null,
    string? Text = null,
    string? Ts = null,
    string? ThreadTs = null,
    BotProfile? BotProfile = null);

internal sealed record BotProfile(string? AppId = null);
