using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.EndToEnd;

/// <summary>Follow-ups over the gateway with the real Core: a DM is one conversation; in a guild, the
/// asker's replies to the bot's answers continue it and a mention that replies to nothing starts anew.</summary>
public sealed class ConversationTests
{
    private const string MovementQuote = "movement by some Russian units";
    private const string DonbasQuote = "reprioritizing the Donbas";

    [Fact]
    public async Task DirectMessages_FollowUpKeepsTheSpeaker()
    {
        await using var bot = await ConnectedBot.StartAsync(new FakeRouter { Inner = TestCore.CreateRouter() });

        var first = await SendAsync(bot, GatewaySamples.DirectMessage("what did kirby say about the withdrawal", "334385199974967101"));
        var followUp = await SendAsync(bot, GatewaySamples.DirectMessage("what about Kyiv?", "334385199974967102"));
        var next = await SendAsync(bot, GatewaySamples.DirectMessage("and then?", "334385199974967103"));

        Assert.Contains("repositioning", FirstQuote(first), StringComparison.Ordinal);
        Assert.Contains(MovementQuote, FirstQuote(followUp), StringComparison.Ordinal);
        Assert.Contains("John Kirby", FirstSpeaker(followUp), StringComparison.Ordinal);
        Assert.Contains("repositioning", FirstQuote(next), StringComparison.Ordinal);
        Assert.All(bot.Bot.Router.Received, m => Assert.Equal("discord:" + GatewaySamples.DmChannelId, m.ConversationId));
    }

    [Fact]
    public async Task Guild_ReplyToTheBotContinues_AFreshMentionDoesNot()
    {
        var router = new FakeRouter { Inner = TestCore.CreateRouter() };
        await using var bot = await ConnectedBot.StartAsync(router);

        await SendAsync(bot, GatewaySamples.GuildMessage("<@" + GatewaySamples.BotUserId + "> what did kirby say about the withdrawal", mentionsBot: true, "334385199974967201"));
        var kyiv = await SendAsync(bot, GatewaySamples.GuildReplyToBot("what about Kyiv?", "334385199974967202"));
        await SendAsync(bot, GatewaySamples.GuildMessage("<@" + GatewaySamples.BotUserId + "> what did Biden say", mentionsBot: true, "334385199974967203"));
        var inContext = await SendAsync(bot, GatewaySamples.GuildReplyToBot("what about the Donbas?", "334385199974967204"));
        var fresh = await SendAsync(bot, GatewaySamples.GuildMessage("<@" + GatewaySamples.BotUserId + "> what about the Donbas?", mentionsBot: true, "334385199974967205"));

        Assert.Contains(MovementQuote, FirstQuote(kyiv), StringComparison.Ordinal);
        Assert.Contains("quote Joe Biden on that", inContext.Json.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(DonbasQuote, FirstQuote(fresh), StringComparison.Ordinal);
        Assert.DoesNotContain("quote Joe Biden on that", fresh.Json.GetRawText(), StringComparison.Ordinal);
        var received = router.Received.ToList();
        Assert.Equal([true, false, true, false, true], received.Select(m => m.StartsConversation));
        Assert.Single(received.Select(m => m.ConversationId).Distinct());
    }

    private static async Task<RecordedRequest> SendAsync(ConnectedBot bot, string message)
    {
        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", message);
        return await bot.Fake.WaitForRequestAsync("POST", "channels/");
    }

    private static string FirstQuote(RecordedRequest sent) =>
        sent.Json.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString()!;

    private static string FirstSpeaker(RecordedRequest sent) =>
        sent.Json.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString()!;
}
