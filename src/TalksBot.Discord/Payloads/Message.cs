namespace TalksBot.Discord.Payloads;

/// <summary>The fields of a MESSAGE_CREATE dispatch the bot reads. <see cref="GuildId"/> is absent in DMs;
/// <see cref="ReferencedMessage"/> is the message a reply (type 19) replies to.</summary>
internal sealed record Message(
    string Id,
    string ChannelId,
    User Author,
    string? Content = null,
    string? GuildId = null,
    IReadOnlyList<User>? Mentions = null,
    int Type = 0,
    string? WebhookId = null,
    Message? ReferencedMessage = null);
