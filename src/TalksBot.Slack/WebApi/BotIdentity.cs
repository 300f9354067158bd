namespace TalksBot.Slack.WebApi;

/// <summary>Who the bot is in this workspace, from auth.test: the user id that appears in
/// <c>&lt;@…&gt;</c> mentions and the bot id stamped on its own messages.</summary>
internal sealed record BotIdentity(string UserId, string BotId);
