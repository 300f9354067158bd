using System.Text.RegularExpressions;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Messages;

/// <summary>Decides whether a MESSAGE_CREATE is a question for the bot — a DM (no <c>guild_id</c>) or a
/// guild message that mentions it — and strips the bot's mention from the text.</summary>
internal static partial class IncomingMessage
{
    private const int DefaultType = 0;
    private const int ReplyType = 19;

    /// <summary>The question text, or null when the bot should not answer this message.</summary>
    public static string? QuestionOf(Message message, string botUserId)
    {
        if (message.Author.Bot == true || message.Author.Id == botUserId || message.WebhookId is not null
            || message.Type is not (DefaultType or ReplyType))
        {
            return null;
        }

        var isDirect = message.GuildId is null;
        var mentionsBot = message.Mentions?.Any(u => u.Id == botUserId) == true;
        if (!isDirect && !mentionsBot && !RepliesToBot(message, botUserId))
        {
            return null;
        }

        var text = MentionPattern().Replace(message.Content ?? "", m => m.Groups["id"].Value == botUserId ? " " : m.Value);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A reply to one of the bot's answers (the reply may have turned its ping off).</summary>
    public static bool RepliesToBot(Message message, string botUserId) => message.ReferencedMessage?.Author.Id == botUserId;

    /// <summary>The conversation a question belongs to: a DM channel, or in a guild the asker's replies to
    /// the bot's answers in one channel (a mention that replies to nothing starts it anew).</summary>
    public static (string Id, bool Starts) ConversationOf(Message message, string botUserId) =>
        message.GuildId is null
            ? ("discord:" + message.ChannelId, false)
            : ($"discord:{message.ChannelId}/{message.Author.Id}", !RepliesToBot(message, botUserId));

    // <@id> and the deprecated <@!id> form.
    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
