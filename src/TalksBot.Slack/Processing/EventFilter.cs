using TalksBot.Slack.Events;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.Processing;

/// <summary>Which events get an answer (notes/slack.md §2.3–2.4): mentions and direct messages from
/// people, including a message that shares a file (<c>file_share</c>, its text is the question) and a
/// thread reply also sent to the conversation (<c>thread_broadcast</c>), as Slack's own frameworks treat
/// them; never the bot's own posts (which arrive with <c>bot_id</c> but no subtype), other bots, edits
/// (<c>message_changed</c>), deletions or any other subtype.</summary>
internal static class EventFilter
{
    /// <summary>True for a message a person wrote: no subtype, or one of the two that still carry the user's words.</summary>
    public static bool IsUserMessage(MessageEvent message) => message.Subtype is null or "file_share" or "thread_broadcast";

    /// <summary>Null when the event should be answered, otherwise why not. Without <paramref name="me"/>
    /// (auth.test has not answered yet) the checks against the bot's own user and bot ids are skipped.</summary>
    public static string? WhyIgnore(MessageEvent message, BotIdentity? me, string? apiAppId)
    {
        if (message.Type != "app_mention" && !(message.Type == "message" && message.ChannelType == "im"))
        {
            return $"{message.Type} is neither a mention nor a direct message";
        }

        if (!IsUserMessage(message))
        {
            return "subtype " + message.Subtype;
        }

        if ((me is not null && (message.User == me.UserId || message.BotId == me.BotId)) || (apiAppId is not null && message.BotProfile?.AppId == apiAppId))
        {
            return "the bot's own message";
        }

        if (message.BotId is not null)
        {
            return "another bot's message";
        }

        if (message.Subtype == "file_share" && string.IsNullOrWhiteSpace(message.Text))
        {
            return "a shared file without text";
        }

        return message.Channel is null || message.User is null || message.Ts is null ? "incomplete event" : null;
    }
}
