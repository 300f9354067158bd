using TalksBot.Core.Feedback;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Interactions;

/// <summary>👍/👎 under every answer: acknowledged to the clicker only, one vote per user and answer,
/// 👎 followed by a choice of reasons, all recorded through Core's feedback into a file.</summary>
public sealed class FeedbackButtonTests
{
    private static readonly string AskCallback = "interactions/786008729715212338/" + GatewaySamples.InteractionToken + "/callback";

    [Fact]
    public async Task Answer_CarriesThumbsUpAndDownWithinTheCustomIdLimit()
    {
        await using var bot = await StartAsync();

        var buttons = await AskAsync(bot, "what exactly did the ukrainian delegation propose about neutrality and security guarantees in istanbul");

        Assert.Equal(["👍", "👎"], buttons.Select(b => b.Label));
        Assert.All(buttons, b => Assert.InRange(b.CustomId.Length, 10, 100));
        Assert.All(buttons, b => Assert.StartsWith("tbf:", b.CustomId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThumbsDown_AckedEphemerallyWithReasons_ThenAReasonUpdatesThatMessage()
    {
        await using var bot = await StartAsync();
        var buttons = await AskAsync(bot, "who proposed neutrality");

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(buttons[1].CustomId, id: "786008729715212350"));
        var ack = (await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212350/")).Json;
        var reasons = ack.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray().ToList();
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(reasons[0].GetProperty("custom_id").GetString()!, id: "786008729715212351"));
        var noted = (await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212351/")).Json;

        Assert.Equal(4, ack.GetProperty("type").GetInt32());
        Assert.Equal(64, ack.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("Thanks for the 👎", ack.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Wrong quote", "Wrong person", "Should have answered", "Should not have answered"], reasons.Select(r => r.GetProperty("label").GetString()));
        Assert.Equal(7, noted.GetProperty("type").GetInt32());
        Assert.StartsWith("Noted: wrong quote", noted.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        var vote = Assert.Single(await bot.Bot.Feedback.Store.ReadVotesAsync());
        Assert.Equal((Vote.Down, FeedbackReason.WrongQuote, "who proposed neutrality", "discord"), (vote.Vote, vote.Reason, vote.Question, vote.Platform));
        Assert.NotEmpty(vote.Statements);
    }

    [Fact]
    public async Task SecondClick_ChangesTheVote_AndTheAckNamesNoOne()
    {
        await using var bot = await StartAsync();
        var buttons = await AskAsync(bot, "who proposed neutrality");

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(buttons[0].CustomId, id: "786008729715212360"));
        await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212360/");
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(buttons[0].CustomId, id: "786008729715212361", inDm: true));
        await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212361/");
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(buttons[1].CustomId, id: "786008729715212362"));
        var changed = (await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212362/")).Json;

        var text = changed.GetProperty("data").GetProperty("content").GetString()!;
        Assert.StartsWith("Changed your rating to 👎", text, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewaySamples.UserId, changed.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("mason", changed.GetRawText(), StringComparison.Ordinal);
        var vote = Assert.Single(await bot.Bot.Feedback.Store.ReadVotesAsync());
        Assert.Equal(Vote.Down, vote.Vote);
        Assert.Equal(3, File.ReadAllLines(bot.Bot.Feedback.FilePath).Length);
        Assert.DoesNotContain(bot.Bot.Router.Received, m => m.Text.StartsWith("tbf", StringComparison.Ordinal) || m.Text.StartsWith("fb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoreQuotes_NextPageKeepsTheSameThumbs()
    {
        await using var bot = await StartAsync();
        var first = await AskAsync(bot, "what did kirby say", thumbsOnly: false);
        var more = first.Single(b => b.CustomId.StartsWith("tb:more", StringComparison.Ordinal)).CustomId;

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(more, id: "786008729715212370"));
        var update = (await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212370/")).Json;

        Assert.Equal(7, update.GetProperty("type").GetInt32());
        var next = update.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Where(b => b.TryGetProperty("custom_id", out var id) && id.GetString()!.StartsWith("tbf:", StringComparison.Ordinal))
            .Select(b => b.GetProperty("custom_id").GetString());
        Assert.Equal(first.Where(b => b.CustomId.StartsWith("tbf:", StringComparison.Ordinal)).Select(b => b.CustomId), next);
    }

    [Fact]
    public async Task ForgedFeedbackButton_ToldItNoLongerWorks_NothingRecorded()
    {
        await using var bot = await StartAsync();

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button("tbf:u:not-a-token"));
        var callback = (await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212340/")).Json;

        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(await bot.Bot.Feedback.Store.ReadVotesAsync());
    }

    private static async Task<ConnectedBot> StartAsync()
    {
        var bot = await ConnectedBot.StartAsync();
        bot.Bot.Router.Answer = message => bot.Bot.Feedback.Router.RouteAsync(message).AsTask().GetAwaiter().GetResult();
        return bot;
    }

    /// <summary>The buttons with a custom_id under the answer: 👍/👎 only, unless <paramref name="thumbsOnly"/> is false.</summary>
    private static async Task<List<(string Label, string CustomId)>> AskAsync(ConnectedBot bot, string question, bool thumbsOnly = true)
    {
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask(question));
        var answer = (await bot.Fake.WaitForRequestAsync("POST", AskCallback)).Json;
        return [.. answer.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Where(b => b.TryGetProperty("custom_id", out var id) && (!thumbsOnly || id.GetString()!.StartsWith("tbf:", StringComparison.Ordinal)))
            .Select(b => (b.GetProperty("label").GetString()!, b.GetProperty("custom_id").GetString()!))];
    }
}
