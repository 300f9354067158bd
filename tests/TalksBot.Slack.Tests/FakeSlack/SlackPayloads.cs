using System.Text.Json.Nodes;

namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>Payloads shaped like the examples in Slack's documentation (notes/slack.md §8).</summary>
public static class SlackPayloads
{
    public const string AppId = "A0FAKEAPP";
    public const string TeamId = "T123ABC456";
    public const string User = "U061F7AUR";
    public const string Channel = "C123ABC456";
    public const string DmChannel = "D024BE91L";

    public static string Mention(string question) => $"<@{FakeSlackServer.BotUserId}> {question}";

    public static JsonObject AppMention(string eventId, string text, string ts = "1515449522.000016", string? threadTs = null, string user = User)
    {
        var inner = new JsonObject
        {
            ["client_msg_id"] = Guid.NewGuid().ToString(),
            ["type"] = "app_mention",
            ["text"] = text,
            ["user"] = user,
            ["ts"] = ts,
            ["team"] = TeamId,
            ["channel"] = Channel,
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            inner["thread_ts"] = threadTs;
        }

        return Callback(eventId, inner);
    }

    public static JsonObject DirectMessage(string eventId, string text, string ts = "1355517523.000005", string user = User) => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["channel"] = DmChannel,
        ["user"] = user,
        ["text"] = text,
        ["ts"] = ts,
        ["event_ts"] = ts,
        ["channel_type"] = "im",
    });

    /// <summary>What Slack delivers for the bot's own post in a DM: bot_id and user set, no subtype.</summary>
    public static JsonObject OwnMessage(string eventId) => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["channel"] = DmChannel,
        ["user"] = FakeSlackServer.BotUserId,
        ["bot_id"] = FakeSlackServer.BotId,
        ["bot_profile"] = new JsonObject { ["id"] = FakeSlackServer.BotId, ["app_id"] = AppId, ["name"] = "talksbot" },
        ["text"] = "“We agreed on neutrality” — an answer the bot posted",
        ["ts"] = "1355517524.000001",
        ["event_ts"] = "1355517524.000001",
        ["channel_type"] = "im",
    });

    public static JsonObject OtherBotMessage(string eventId) => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["subtype"] = "bot_message",
        ["channel"] = DmChannel,
        ["bot_id"] = "B0OTHER",
        ["username"] = "otherbot",
        ["text"] = "who proposed neutrality?",
        ["ts"] = "1355517525.000001",
        ["channel_type"] = "im",
    });

    public static JsonObject MessageChanged(string eventId) => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["subtype"] = "message_changed",
        ["hidden"] = true,
        ["channel"] = DmChannel,
        ["channel_type"] = "im",
        ["ts"] = "1355517530.000002",
        ["event_ts"] = "1355517530.000002",
        ["message"] = new JsonObject { ["type"] = "message", ["user"] = User, ["text"] = "who proposed neutrality, really?", ["ts"] = "1355517523.000005", ["edited"] = new JsonObject { ["user"] = User, ["ts"] = "1355517530.000000" } },
        ["previous_message"] = new JsonObject { ["type"] = "message", ["user"] = User, ["text"] = "who proposed neutrality?", ["ts"] = "1355517523.000005" },
    });

    /// <summary>A DM that shares a file with a message (Slack's <c>file_share</c> example: the text beside the file).</summary>
    public static JsonObject FileShare(string eventId, string text, string ts = "1355517540.000001") => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["subtype"] = "file_share",
        ["text"] = text,
        ["files"] = new JsonArray(new JsonObject { ["id"] = "F0FAKEFILE", ["name"] = "notes.pdf", ["mimetype"] = "application/pdf", ["filetype"] = "pdf", ["user"] = User }),
        ["upload"] = false,
        ["user"] = User,
        ["display_as_bot"] = false,
        ["ts"] = ts,
        ["event_ts"] = ts,
        ["channel"] = DmChannel,
        ["channel_type"] = "im",
    });

    /// <summary>A thread reply in a DM also sent to the conversation ("Also send to direct message").</summary>
    public static JsonObject ThreadBroadcast(string eventId, string text, string threadTs, string ts = "1355517550.000001") => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["subtype"] = "thread_broadcast",
        ["text"] = text,
        ["user"] = User,
        ["ts"] = ts,
        ["thread_ts"] = threadTs,
        ["root"] = new JsonObject { ["type"] = "message", ["user"] = User, ["text"] = "who proposed neutrality?", ["ts"] = threadTs, ["thread_ts"] = threadTs, ["reply_count"] = 1 },
        ["event_ts"] = ts,
        ["channel"] = DmChannel,
        ["channel_type"] = "im",
    });

    public static JsonObject MessageDeleted(string eventId) => Callback(eventId, new JsonObject
    {
        ["type"] = "message",
        ["subtype"] = "message_deleted",
        ["hidden"] = true,
        ["channel"] = DmChannel,
        ["channel_type"] = "im",
        ["ts"] = "1355517531.000001",
        ["deleted_ts"] = "1355517523.000005",
        ["event_ts"] = "1355517531.000001",
        ["previous_message"] = new JsonObject { ["type"] = "message", ["user"] = User, ["text"] = "who proposed neutrality?", ["ts"] = "1355517523.000005" },
    });

    /// <summary>Slack's assistant_thread_started example: the user opened an assistant thread in their DM with the app.</summary>
    public static JsonObject AssistantThreadStarted(string eventId, string threadTs = "1729999327.187299") => Callback(eventId, new JsonObject
    {
        ["type"] = "assistant_thread_started",
        ["assistant_thread"] = new JsonObject
        {
            ["user_id"] = User,
            ["context"] = new JsonObject { ["channel_id"] = Channel, ["team_id"] = TeamId, ["enterprise_id"] = null },
            ["channel_id"] = DmChannel,
            ["thread_ts"] = threadTs,
        },
        ["event_ts"] = "1715873754.429808",
    });

    /// <summary>The user's message in an assistant thread: a message.im event carrying the thread's ts.</summary>
    public static JsonObject AssistantThreadMessage(string eventId, string text, string threadTs = "1729999327.187299")
    {
        var body = DirectMessage(eventId, text, ts: "1729999400.000100");
        body["event"]!["thread_ts"] = threadTs;
        return body;
    }

    public static JsonObject UrlVerification(string challenge) => new()
    {
        ["token"] = "fake-verification-token",
        ["challenge"] = challenge,
        ["type"] = "url_verification",
    };

    public static JsonObject SlashCommand(string text, string responseUrl, string command = "/talks") => new()
    {
        ["token"] = "fake-verification-token",
        ["team_id"] = TeamId,
        ["team_domain"] = "fake",
        ["channel_id"] = Channel,
        ["channel_name"] = "general",
        ["user_id"] = User,
        ["user_name"] = "steve",
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = responseUrl,
        ["trigger_id"] = "13345224609.738474920.fake-trigger-1",
    };

    public static string SlashCommandForm(string text, string responseUrl) =>
        string.Join('&', SlashCommand(text, responseUrl).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.GetValue<string>())}"));

    public static JsonObject BlockActions(string command, string responseUrl, bool ephemeral = false, string messageTs = "1648555200.000042", string? threadTs = null)
    {
        var container = new JsonObject
        {
            ["type"] = "message",
            ["message_ts"] = messageTs,
            ["channel_id"] = Channel,
            ["is_ephemeral"] = ephemeral,
        };
        if (threadTs is not null)
        {
            container["thread_ts"] = threadTs;
        }

        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = User, ["username"] = "steve", ["team_id"] = TeamId },
            ["api_app_id"] = AppId,
            ["token"] = "fake-verification-token",
            ["container"] = container,
            ["trigger_id"] = "12321423423.333649436676.fake-trigger-2",
            ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = "fake" },
            ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "general" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["thread_ts"] = threadTs },
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = "tb:more",
                ["block_id"] = "more",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "More quotes" },
                ["value"] = command,
                ["type"] = "button",
                ["action_ts"] = "1648555300.000001",
            }),
        };
    }

    public static string InteractivityForm(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    private static JsonObject Callback(string eventId, JsonObject inner) => new()
    {
        ["token"] = "fake-verification-token",
        ["team_id"] = TeamId,
        ["api_app_id"] = AppId,
        ["event"] = inner,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1515449522,
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = null,
            ["team_id"] = TeamId,
            ["user_id"] = FakeSlackServer.BotUserId,
            ["is_bot"] = true,
            ["is_enterprise_install"] = false,
        }),
    };
}
