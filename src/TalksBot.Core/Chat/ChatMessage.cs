namespace TalksBot.Core.Chat;

/// <summary>A message from any surface, reduced to what Core needs: the text the user wrote, with
/// platform markup (the bot's own mention, formatting) already removed by the adapter.</summary>
/// <param name="Text">The user's text, or a <see cref="FollowUp.Command"/> sent back by a button.</param>
/// <param name="Surface">Where it came from ("console", "discord", "slack"), for logs only.</param>
/// <param name="UserId">The platform's user id, if any; never shown in a reply.</param>
/// <param name="ConversationId">The conversation the message belongs to (a Slack thread or DM, a Discord DM or reply
/// chain, a console session), if any; a follow-up is read against its last turns. Null: no context.</param>
/// <param name="StartsConversation">True when the surface knows this message begins a new conversation under
/// <paramref name="ConversationId"/> (a Discord mention that replies to nothing): the earlier turns are dropped.</param>
public sealed record ChatMessage(string Text, string Surface, string? UserId = null, string? ConversationId = null, bool StartsConversation = false);
