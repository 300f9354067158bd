using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Gateway;

public sealed class GatewayDispatchTests
{
    private static readonly string Callback = "interactions/786008729715212338/" + GatewaySamples.InteractionToken + "/callback";

    [Fact]
    public async Task Ask_InGuildOverGateway_CallbackCarriesCitedQuoteEmbed()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", Callback);

        var asked = Assert.Single(bot.Bot.Router.Received);
        Assert.Equal("ask who proposed neutrality", asked.Text);
        Assert.Equal(GatewaySamples.UserId, asked.UserId);
        Assert.Null(asked.ConversationId); // a slash command in a guild channel belongs to no conversation
        var body = callback.Json;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        Assert.False(data.TryGetProperty("flags", out _));
        var field = data.GetProperty("embeds")[0].GetProperty("fields")[0];
        Assert.Equal("1. Negotiator One — head of delegation", field.GetProperty("name").GetString());
        Assert.StartsWith("> “We are ready to discuss a neutral status, provided there are guarantees.”", field.GetProperty("value").GetString());
        Assert.Contains("via Reuters · Test Wire, 29 Mar 2022", field.GetProperty("value").GetString());
        Assert.Null(callback.Header("Authorization"));
        AssertNoPings(data);
    }

    [Fact]
    public async Task Ask_InBotDm_AnswersWithUserFromDmPayload()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("where were the talks", inDm: true));
        var callback = await bot.Fake.WaitForRequestAsync("POST", Callback);

        var asked = Assert.Single(bot.Bot.Router.Received);
        Assert.Equal(GatewaySamples.UserId, asked.UserId);
        Assert.Equal("discord:" + GatewaySamples.DmChannelId, asked.ConversationId);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Help_SlashCommand_IsEphemeral()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.SlashCommand("help"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", Callback);

        Assert.Equal("help", Assert.Single(bot.Bot.Router.Received).Text);
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task DirectMessage_AnsweredInTheDmChannelAsAReply()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?"));
        var sent = await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");

        Assert.Equal("who proposed neutrality?", Assert.Single(bot.Bot.Router.Received).Text);
        var body = sent.Json;
        Assert.Equal("334385199974967042", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal("Bot " + BotHost.Token, sent.Header("Authorization"));
        Assert.False(body.TryGetProperty("flags", out _));
        Assert.False(body.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
        AssertNoPings(body);
    }

    [Fact]
    public async Task ReplayedDispatches_SameMessageAndInteractionIds_EachAnsweredOnce()
    {
        await using var bot = await ConnectedBot.StartAsync();

        // A resumed session replays what Discord sent meanwhile, possibly to another process that already answered.
        for (var i = 0; i < 3; i++)
        {
            await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?"));
            await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        }

        await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");
        await bot.Fake.WaitForRequestAsync("POST", Callback);
        for (var wait = 0; wait < 400 && Duplicates(bot) < 4; wait++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(4, Duplicates(bot));

        Assert.Single(bot.Fake.Requests, r => r.Method == "POST" && r.Path.StartsWith($"channels/{GatewaySamples.DmChannelId}/messages", StringComparison.Ordinal));
        Assert.Single(bot.Fake.Requests, r => r.Method == "POST" && r.Path.StartsWith(Callback, StringComparison.Ordinal));
        Assert.Equal(2, bot.Bot.Router.Received.Count);

        static int Duplicates(ConnectedBot bot) => bot.Bot.Logs.Entries.Count(e => e.Id.Id == 3070);
    }

    [Fact]
    public async Task MessageAndInteraction_AnsweredLinesCarryTheirIdAsCorrelationId_NoInformationLineHoldsTheQuestion()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?"));
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");
        await bot.Fake.WaitForRequestAsync("POST", Callback);
        // Each answer is logged after its reply is posted: wait for both lines.
        for (var wait = 0; wait < 400 && !(bot.Bot.Logs.Entries.Any(e => e.Id.Id == 3041) && bot.Bot.Logs.Entries.Any(e => e.Id.Id == 3050)); wait++)
        {
            await Task.Delay(25);
        }

        var message = Assert.Single(bot.Bot.Logs.Entries, e => e.Id.Id == 3050);
        Assert.Equal("334385199974967042", message.Scope["CorrelationId"]);
        Assert.Equal("discord", message.Scope["Surface"]);
        var interaction = Assert.Single(bot.Bot.Logs.Entries, e => e.Id.Id == 3041);
        Assert.Equal("786008729715212338", interaction.Scope["CorrelationId"]);
        Assert.DoesNotContain(bot.Bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information && e.Message.Contains("neutrality", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageFlood_RunsSixteenAtATimeQueuesSixtyFourAndDropsTheRest()
    {
        var router = new FakeRouter { Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var bot = await ConnectedBot.StartAsync(router);

        for (var i = 0; i < 16 + 64 + 3; i++)
        {
            await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?", id: (334385199974967100L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await bot.Bot.WaitForLogAsync(3052);
        await Task.Delay(100);
        Assert.Equal(16, router.Received.Count);
        Assert.Equal(3, bot.Bot.Logs.Entries.Count(e => e.Id.Id == 3052));

        // An interaction arriving while every slot is taken is still deferred within Discord's 3 s.
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        await bot.Bot.Time.AdvanceUntilAsync(() => bot.Fake.Requests.Any(r => r.Path == Callback), TimeSpan.FromMilliseconds(250), maxSteps: 12);
        Assert.Equal(5, (await bot.Fake.WaitForRequestAsync("POST", Callback)).Json.GetProperty("type").GetInt32());

        // Released, the queued messages and the interaction are routed; the dropped ones never are.
        router.Hold.SetResult();
        await bot.Bot.Time.AdvanceUntilAsync(() => router.Received.Count == 16 + 64 + 1, TimeSpan.FromMilliseconds(250));
        await bot.Bot.Time.AdvanceUntilAsync(() => bot.Fake.Requests.Any(r => r.Method == "PATCH"), TimeSpan.FromMilliseconds(250));
        Assert.Equal(16 + 64 + 1, router.Received.Count);
    }

    [Fact]
    public async Task GuildMessage_MentioningBot_RepliesWithMentionStripped()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.GuildMessage($"<@!{GatewaySamples.BotUserId}>   who proposed neutrality?", mentionsBot: true));
        var sent = await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.ChannelId}/messages");

        Assert.Equal("who proposed neutrality?", Assert.Single(bot.Bot.Router.Received).Text);
        Assert.Equal("1. Negotiator One — head of delegation", sent.Json.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Messages_WithoutMentionOrFromBotsOrSelf_AreIgnored()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.GuildMessage("who proposed neutrality?", mentionsBot: false, id: "1"));
        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("hello", id: "2", authorJson: """{"id":"42","username":"otherbot","bot":true}"""));
        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("hello", id: "3", authorJson: $$"""{"id":"{{GatewaySamples.BotUserId}}","username":"TalksBot"}"""));
        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("the last one", id: "4"));
        await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");

        Assert.Equal("the last one", Assert.Single(bot.Bot.Router.Received).Text);
    }

    [Fact]
    public async Task Autocomplete_Question_SuggestsFittingChoices()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Autocomplete("ask", "question", ""));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212339/");

        var body = callback.Json;
        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choices = body.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(3, choices.Count);
        Assert.Equal("Who proposed neutrality?", choices[0].GetProperty("name").GetString());
        Assert.Equal("Who proposed neutrality?", choices[0].GetProperty("value").GetString());
        Assert.Empty(bot.Bot.Router.Received);
    }

    [Fact]
    public async Task Autocomplete_Person_SuggestsPeople()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Autocomplete("quotes", "person", "two"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212339/");

        var choice = Assert.Single(callback.Json.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal("Negotiator Two", choice.GetProperty("value").GetString());
    }

    [Fact]
    public async Task MoreQuotesButton_RoutesItsCommandAndUpdatesTheMessage()
    {
        await using var bot = await ConnectedBot.StartAsync();
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        var first = await bot.Fake.WaitForRequestAsync("POST", Callback);
        var customId = first.Json.GetProperty("data").GetProperty("components")[1].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(customId));
        var update = await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212340/");

        Assert.Equal("tb:more q1 2", customId);
        Assert.Equal("more q1 2", bot.Bot.Router.Received.Last().Text);
        Assert.Equal(7, update.Json.GetProperty("type").GetInt32());
        var embed = update.Json.GetProperty("data").GetProperty("embeds")[0];
        Assert.Equal("2. Negotiator Two — deputy minister", embed.GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Equal("Quotes 2–2 of 2", embed.GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Button_WhoseReplyIsAnError_AnswersEphemerallyAndLeavesTheMessage()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button("tb:more expired"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212340/");

        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    public static TheoryData<string, string, string> ForeignComponents => new()
    {
        { GatewaySamples.StringSelect("class_select_1", "mage"), "786008729715212342", "I don't have that menu" },
        { GatewaySamples.ModalSubmit("my_modal", "who proposed neutrality"), "786008729715212343", "I don't have that form" },
    };

    [Theory]
    [MemberData(nameof(ForeignComponents))]
    public async Task SelectMenuOrFormNotTheBots_ToldSoEphemerally(string interaction, string id, string told)
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);
        var callback = await bot.Fake.WaitForRequestAsync("POST", $"interactions/{id}/");

        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith(told, callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Bot.Router.Received);
    }

    [Fact]
    public async Task AskTalksBotOnAMessage_AnswersItsTextOnlyToTheAsker()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.MessageCommand("did russia\npromise to scale back near kyiv? <@53908232506183680>"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212344/");

        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("> “We are ready", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("ask did russia promise to scale back near kyiv? <@53908232506183680>", Assert.Single(bot.Bot.Router.Received).Text);
        AssertNoPings(callback.Json.GetProperty("data"));
    }

    [Fact]
    public async Task AskTalksBotOnAMessageWithoutText_ToldSoPrivately()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.MessageCommand(" ", inDm: true));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212344/");

        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("That message has no text", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Bot.Router.Received);
    }

    [Fact]
    public async Task AskTalksBotOnAMessage_SlowRouter_DefersPrivatelyThenEditsThePrivateReply()
    {
        var router = new FakeRouter { Hold = new TaskCompletionSource() };
        await using var bot = await ConnectedBot.StartAsync(router);

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.MessageCommand("who proposed neutrality"));
        var defer = await bot.Bot.Time.AdvanceUntilAsync(bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212344/"), TimeSpan.FromMilliseconds(250), maxSteps: 12);
        router.Hold.SetResult();
        var edit = await bot.Fake.WaitForRequestAsync("PATCH", $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}/messages/@original");

        Assert.Equal(5, defer.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, defer.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.True(edit.Json.TryGetProperty("embeds", out _));
    }

    [Fact]
    public async Task Ask_SlowRouter_DefersWithinBudgetThenEditsOriginal()
    {
        var router = new FakeRouter { Hold = new TaskCompletionSource() };
        await using var bot = await ConnectedBot.StartAsync(router);

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality"));
        var defer = await bot.Bot.Time.AdvanceUntilAsync(bot.Fake.WaitForRequestAsync("POST", Callback), TimeSpan.FromMilliseconds(250), maxSteps: 12);
        router.Hold.SetResult();
        var edit = await bot.Fake.WaitForRequestAsync("PATCH", $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}/messages/@original");

        Assert.Equal(5, defer.Json.GetProperty("type").GetInt32());
        Assert.True((defer.ReceivedAt - new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero)) < TimeSpan.FromSeconds(3));
        Assert.StartsWith("> “We are ready", edit.Json.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString());
        AssertNoPings(edit.Json);
        await bot.Bot.WaitForLogAsync(3041);
        Assert.DoesNotContain(bot.Bot.Logs.Entries, e => e.Message.Contains(GatewaySamples.InteractionToken, StringComparison.Ordinal) || e.Message.Contains(BotHost.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_SlowRouterWithPrivateReply_ReplacesPublicPlaceholderWithEphemeralFollowUp()
    {
        var router = new FakeRouter { Hold = new TaskCompletionSource(), Answer = _ => SampleReplies.Expired };
        await using var bot = await ConnectedBot.StartAsync(router);

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("x"));
        await bot.Bot.Time.AdvanceUntilAsync(bot.Fake.WaitForRequestAsync("POST", Callback), TimeSpan.FromMilliseconds(250), maxSteps: 12);
        router.Hold.SetResult();
        var deleted = await bot.Fake.WaitForRequestAsync("DELETE", $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}/messages/@original");
        var followUp = await bot.Fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"webhooks/{GatewaySamples.ApplicationId}/{GatewaySamples.InteractionToken}");

        Assert.True(deleted.ReceivedAt <= followUp.ReceivedAt);
        Assert.Equal(64, followUp.Json.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task SlowAnswer_DoesNotBlockHeartbeatsOrOtherEvents()
    {
        var router = new FakeRouter { Hold = new TaskCompletionSource() };
        await using var bot = await ConnectedBot.StartAsync(router);

        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("slow one", id: "10"));
        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("second", id: "11"));
        await bot.Gateway.SendAsync("""{"op":1,"d":null}""");
        await bot.Gateway.ReceiveAsync(1);
        await bot.Bot.Time.AdvanceUntilAsync(() => bot.Bot.Router.Received.Count == 2, TimeSpan.Zero, maxSteps: 100);
        router.Hold.SetResult();

        await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");
        await bot.Fake.WaitForRequestAsync("POST", $"channels/{GatewaySamples.DmChannelId}/messages");
    }

    [Fact]
    public async Task EveryOutgoingMessage_DisablesAllMentions()
    {
        await using var bot = await ConnectedBot.StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("q"));
        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("@everyone hi"));
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.SlashCommand("speakers", id: "786008729715212350"));
        await bot.Fake.WaitForRequestAsync("POST", Callback);
        await bot.Fake.WaitForRequestAsync("POST", "channels/");
        await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212350/");

        var messages = bot.Fake.Requests.Where(r => r.Path.StartsWith("channels/", StringComparison.Ordinal) || r.Path.StartsWith("webhooks/", StringComparison.Ordinal))
            .Select(r => r.Json)
            .Concat(bot.Fake.Requests.Where(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Select(r => r.Json.GetProperty("data")))
            .ToList();
        Assert.Equal(3, messages.Count);
        Assert.All(messages, AssertNoPings);
    }

    private static void AssertNoPings(JsonElement message)
    {
        var allowed = message.GetProperty("allowed_mentions");
        Assert.Equal(JsonValueKind.Array, allowed.GetProperty("parse").ValueKind);
        Assert.Equal(0, allowed.GetProperty("parse").GetArrayLength());
    }
}
