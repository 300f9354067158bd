using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.EndToEnd;

/// <summary>The adapter over the real Core router and the repository's data: what a Discord user sees.</summary>
public sealed class RealRouterTests
{
    private const string NeutralityQuote = "willing to declare itself “permanently neutral” between Russia and NATO";

    [Fact]
    public async Task Ask_WhoProposedNeutrality_EmbedQuotesTheUkrainianDelegationVerbatim()
    {
        await using var bot = await ConnectedBot.StartAsync(new FakeRouter { Inner = TestCore.CreateRouter() });

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("who proposed neutrality?"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/");

        var embed = callback.Json.GetProperty("data").GetProperty("embeds")[0];
        var fields = embed.GetProperty("fields").EnumerateArray().ToList();
        var cited = fields.First(f => f.GetProperty("value").GetString()!.Contains(NeutralityQuote, StringComparison.Ordinal));
        Assert.Contains("The Ukrainian delegation — Ukraine's negotiating team", cited.GetProperty("name").GetString());
        Assert.Contains("via The New York Times", cited.GetProperty("value").GetString());
        Assert.Contains("The Daily Wire, 29 Mar 2022", cited.GetProperty("value").GetString());
        Assert.False(string.IsNullOrWhiteSpace(embed.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task MoreQuotes_WithRealRouter_ShowsTheNextCitations()
    {
        await using var bot = await ConnectedBot.StartAsync(new FakeRouter { Inner = TestCore.CreateRouter() });
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Ask("what did Russia say?"));
        var first = (await bot.Fake.WaitForRequestAsync("POST", "interactions/")).Json.GetProperty("data");
        var more = first.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Single(c => c.TryGetProperty("custom_id", out _));

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Button(more.GetProperty("custom_id").GetString()!));
        var update = (await bot.Fake.WaitForRequestAsync("POST", "interactions/786008729715212340/")).Json;

        Assert.Equal(7, update.GetProperty("type").GetInt32());
        var names = update.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.StartsWith("4. ", names[0]);
        Assert.DoesNotContain(first.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString(),
            update.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task DirectMessage_WithRealRouter_RepliesWithCitedQuote()
    {
        await using var bot = await ConnectedBot.StartAsync(new FakeRouter { Inner = TestCore.CreateRouter() });

        await bot.Gateway.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?"));
        var sent = await bot.Fake.WaitForRequestAsync("POST", "channels/");

        var values = sent.Json.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("value").GetString()!);
        Assert.Contains(values, v => v.Contains(NeutralityQuote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_WithRealData_SuggestsQuestionsAndPeople()
    {
        await using var bot = await ConnectedBot.StartAsync(autocomplete: TestCore.CreateAutocomplete());

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.Autocomplete("quotes", "person", "Medin"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/");

        var choices = callback.Json.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("Vladimir Medinsky", choices);
        Assert.All(choices, c => Assert.InRange(c!.Length, 1, 100));
    }

    [Fact]
    public async Task Speakers_WithRealRouter_ListsPeopleWithinDescriptionLimit()
    {
        await using var bot = await ConnectedBot.StartAsync(new FakeRouter { Inner = TestCore.CreateRouter() });

        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", GatewaySamples.SlashCommand("speakers"));
        var callback = await bot.Fake.WaitForRequestAsync("POST", "interactions/");

        var description = callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.Contains("Vladimir Medinsky", description);
        Assert.InRange(description.Length, 1, 4096);
        Assert.Equal(JsonValueKind.Array, callback.Json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
    }
}
