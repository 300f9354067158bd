using TalksBot.Slack.Events;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.Processing;

/// <summary>Which events get an answer (notes/slack.md §2.3–2.4): mentions and direct messages from
/// people, never the bot's own posts (which arrive with <c>bot_id</c> but no subtype), other bots,
/// edits (<c>message_changed</c>) or any other subtype.</summary>
internal static class EventFilter
{
    /// <summary>Null when the event should be answered, otherwise why not. Without <paramref name="me"/>
    /// (auth.test has not answered yet) the checks against the bot's own user and bot ids are skipped.</summary>
    public static string? WhyIgnore(MessageEvent message, BotIdentity? me, string? apiAppId)
    {
        if (message.Type != "app_mention" && !(message.Type == "message" && message.ChannelType == "im"))
        {
            return $"{message.Type} is neither a mention nor a direct message";
        }

        if (message.Subtype is { } subtype)
        {
            return "subtype " + subtype;
        }

        if ((me is not null && (message.User == me.UserId || message.BotId == me.BotId)) || (apiAppId is not null && message.BotProfile?.AppId == apiAppId))
        {
            return "the bot's own message";
        }

        if (message.BotId is not null)
        {
            return "another bot's message";
        }

        return message.Channel is null || message.User is null || message.Ts is null ? "incomplete event" : null;
    }
}
