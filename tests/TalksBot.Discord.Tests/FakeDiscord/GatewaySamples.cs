using TalksBot.TestKit;
using System.Text.Json;

namespace TalksBot.Discord.Tests.FakeDiscord;

/// <summary>Payloads shaped like the examples in Discord's docs (application-commands.mdx "Example
/// Interaction" and "Autocomplete", the user-installable-app DM sample, message.mdx "Example Message",
/// the READY field list and Get Gateway Bot), with synthetic ids.</summary>
public static class GatewaySamples
{
    public const string ApplicationId = "775799577604522054";
    public const string BotUserId = "775799577604522054";
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";
    public const string DmChannelId = "319674150115610528";
    public const string UserId = "53908232506183680";
    public const string SessionId = "fake-session-0001";

    /// <summary>The session the fake gives a shard: <see cref="SessionId"/> for shard 0, another one for each other shard.</summary>
    public static string SessionIdOf(int shardId) => shardId == 0 ? SessionId : SessionId + "-shard-" + shardId;
    public static readonly string InteractionToken = TestCredentials.Random("interaction-token-");

    public const string CreatedMessage = """{"id":"1000000000000000001","channel_id":"645027906669510667","content":"","embeds":[],"type":0}""";

    private static readonly string User = $$$"""{"id":"{{{UserId}}}","username":"mason","avatar":"a_d5efa99b3eeaa7dd43acca82f5692432","discriminator":"1337","public_flags":131141}""";

    private static readonly string Member = $$$"""{"user":{{{User}}},"roles":["539082325061836999"],"premium_since":null,"permissions":"2147483647","pending":false,"nick":null,"mute":false,"joined_at":"2017-03-13T19:19:14.040000+00:00","is_pending":false,"deaf":false}""";

    public static string GatewayBot(string url, int remaining, int shards = 1, int maxConcurrency = 1) =>
        $$$"""{"url":"{{{url}}}","shards":{{{shards}}},"session_start_limit":{"total":1000,"remaining":{{{remaining}}},"reset_after":14400000,"max_concurrency":{{{maxConcurrency}}}}}""";

    public static string Ready(string sessionId, string resumeUrl, int shardId = 0, int shardCount = 1) =>
        $$$"""{"v":10,"user":{"id":"{{{BotUserId}}}","username":"TalksBot","discriminator":"0","avatar":null,"bot":true},"guilds":[{"id":"{{{GuildId}}}","unavailable":true}],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","shard":[{{{shardId}}},{{{shardCount}}}],"application":{"id":"{{{ApplicationId}}}","flags":0}}""";

    public static string SlashCommand(string name, string optionsJson = "[]", bool inDm = false, string id = "786008729715212338") =>
        Interaction(id, 2, $$$"""{"options":{{{optionsJson}}},"type":1,"name":"{{{name}}}","id":"771825006014889984"}""", inDm);

    public static string Ask(string question, bool inDm = false, string id = "786008729715212338") =>
        SlashCommand("ask", $$$"""[{"type":3,"name":"question","value":{{{JsonSerializer.Serialize(question)}}}}]""", inDm, id);

    public static string Autocomplete(string name, string option, string typed) =>
        Interaction("786008729715212339", 4, $$$"""{"id":"771825006014889984","name":"{{{name}}}","type":1,"version":"1","options":[{"type":3,"name":"{{{option}}}","value":{{{JsonSerializer.Serialize(typed)}}},"focused":true}]}""", inDm: false);

    public static string Button(string customId, string id = "786008729715212340", bool inDm = false) =>
        Interaction(id, 3, $$$"""{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"component_type":2}""", inDm,
            extra: $$$""","message":{"id":"1000000000000000001","channel_id":"{{{ChannelId}}}","type":20,"content":"","author":{"id":"{{{BotUserId}}}","username":"TalksBot","bot":true}}""");

    public static string StringSelect(string customId, string value) =>
        Interaction("786008729715212342", 3, $$$"""{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"component_type":3,"values":[{{{JsonSerializer.Serialize(value)}}}]}""", inDm: false,
            extra: $$$""","message":{"id":"1000000000000000002","channel_id":"{{{ChannelId}}}","type":0,"content":"","author":{"id":"{{{BotUserId}}}","username":"TalksBot","bot":true}}""");

    public static string ModalSubmit(string customId, string value) =>
        Interaction("786008729715212343", 5, $$$"""{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"components":[{"type":1,"components":[{"type":4,"custom_id":"text","value":{{{JsonSerializer.Serialize(value)}}}}]}]}""", inDm: false);

    /// <summary>"Ask TalksBot" chosen on a message (a message context-menu command, application-commands.mdx "Message Commands").</summary>
    public static string MessageCommand(string content, string id = "786008729715212344", bool inDm = false) =>
        Interaction(id, 2, $$$$$"""{"id":"771825006014889990","name":"Ask TalksBot","type":3,"target_id":"1000000000000000009","resolved":{"messages":{"1000000000000000009":{"id":"1000000000000000009","channel_id":"{{{{{(inDm ? DmChannelId : ChannelId)}}}}}","author":{"id":"82198898841029460","username":"mina","discriminator":"0","avatar":null,"public_flags":0},"content":{{{{{JsonSerializer.Serialize(content)}}}}},"timestamp":"2022-03-29T10:00:00.000000+00:00","edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0,"flags":0,"components":[]}}}}""", inDm);

    public static string Ping() =>
        $$$"""{"app_permissions":"0","application_id":"{{{ApplicationId}}}","entitlements":[],"id":"786008729715212341","token":"{{{InteractionToken}}}","type":1,"user":{{{User}}},"version":1}""";

    public static string DirectMessage(string content, string id = "334385199974967042", string? authorJson = null) =>
        $$$"""{"id":"{{{id}}}","channel_id":"{{{DmChannelId}}}","author":{{{authorJson ?? User}}},"content":{{{JsonSerializer.Serialize(content)}}},"timestamp":"2017-07-11T17:27:07.299000+00:00","edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0,"channel_type":1}""";

    public static string GuildMessage(string content, bool mentionsBot, string id = "334385199974967043", string guildId = GuildId)
    {
        var mentions = mentionsBot
            ? $$$"""[{"id":"{{{BotUserId}}}","username":"TalksBot","discriminator":"0","avatar":null,"bot":true,"member":{"roles":[],"joined_at":"2020-11-11T00:00:00+00:00"}}]"""
            : "[]";
        return $$$"""{"id":"{{{id}}}","channel_id":"{{{ChannelId}}}","guild_id":"{{{guildId}}}","author":{{{User}}},"member":{"roles":[],"joined_at":"2017-03-13T19:19:14.040000+00:00","deaf":false,"mute":false},"content":{{{JsonSerializer.Serialize(content)}}},"timestamp":"2017-07-11T17:27:07.299000+00:00","edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":{{{mentions}}},"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0}""";
    }

    /// <summary>A guild reply (type 19) to one of the bot's messages; by default with its ping turned off (the bot not in mentions).</summary>
    public static string GuildReplyToBot(string content, string id, string repliedTo = "1000000000000000001")
    {
        var bot = $$$"""{"id":"{{{BotUserId}}}","username":"TalksBot","discriminator":"0","avatar":null,"bot":true}""";
        var referenced = $$$"""{"id":"{{{repliedTo}}}","channel_id":"{{{ChannelId}}}","author":{{{bot}}},"content":"","embeds":[],"type":0,"mentions":[]}""";
        return $$$"""{"id":"{{{id}}}","channel_id":"{{{ChannelId}}}","guild_id":"{{{GuildId}}}","author":{{{User}}},"content":{{{JsonSerializer.Serialize(content)}}},"timestamp":"2017-07-11T17:27:07.299000+00:00","mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"type":19,"message_reference":{"type":0,"message_id":"{{{repliedTo}}}","channel_id":"{{{ChannelId}}}","guild_id":"{{{GuildId}}}"},"referenced_message":{{{referenced}}}}""";
    }

    private static string Interaction(string id, int type, string data, bool inDm, string extra = "")
    {
        var who = inDm
            ? $$$""" "user":{{{User}}},"context":1,"authorizing_integration_owners":{"0":"{{{GuildId}}}"},"channel":{"id":"{{{DmChannelId}}}","type":1},"channel_id":"{{{DmChannelId}}}" """
            : $$$""" "member":{{{Member}}},"guild_id":"{{{GuildId}}}","context":0,"authorizing_integration_owners":{"0":"{{{GuildId}}}"},"channel_id":"{{{ChannelId}}}","guild_locale":"en-US" """;
        return $$$"""{"type":{{{type}}},"token":"{{{InteractionToken}}}",{{{who}}},"id":"{{{id}}}","application_id":"{{{ApplicationId}}}","app_permissions":"442368","locale":"en-US","entitlements":[],"version":1,"data":{{{data}}}{{{extra}}}}""";
    }
}
