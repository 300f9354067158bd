namespace TalksBot.Core.Chat;

/// <summary>A message from any surface, reduced to what Core needs: the text the user wrote, with
/// platform markup (the bot's own mention, formatting) already removed by the adapter.</summary>
/// <param name="Text">The user's text, or a <see cref="FollowUp.Command"/> sent back by a button.</param>
/// <param name="Surface">Where it came from ("console", "discord", "slack"), for logs only.</param>
/// <param name="UserId">The platform's user id, if any; never shown in a reply.</param>
/// <param name="ConversationId">The platform's channel or thread id, if any.</param>
public sealed record ChatMessage(string Text, string Surface, string? UserId = null, string? ConversationId = null);
