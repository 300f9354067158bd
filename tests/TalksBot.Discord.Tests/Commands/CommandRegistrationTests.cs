using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Commands;

[Collection(ProcessExitCode.Name)]
public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task Start_RegistersAllCommandsGloballyForServersAndBotDms()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);

        var put = await fake.WaitForRequestAsync("PUT", $"applications/{GatewaySamples.ApplicationId}/commands");

        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["Ask TalksBot", "ask", "help", "quotes", "sources", "speakers"], commands.Keys.Order(StringComparer.Ordinal));
        var onMessages = commands["Ask TalksBot"];
        Assert.Equal(3, onMessages.GetProperty("type").GetInt32());
        Assert.Equal("", onMessages.GetProperty("description").GetString());
        Assert.False(onMessages.TryGetProperty("options", out _));
        Assert.Equal([0, 1], Ints(onMessages.GetProperty("contexts")));
        Assert.All(commands.Values.Where(c => c.GetProperty("name").GetString() != "Ask TalksBot"), c =>
        {
            Assert.Equal(1, c.GetProperty("type").GetInt32());
            Assert.Equal([0], Ints(c.GetProperty("integration_types")));
            Assert.Equal([0, 1], Ints(c.GetProperty("contexts")));
            Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 100);
        });
        var question = Assert.Single(commands["ask"].GetProperty("options").EnumerateArray());
        Assert.Equal("question", question.GetProperty("name").GetString());
        Assert.Equal(3, question.GetProperty("type").GetInt32());
        Assert.True(question.GetProperty("required").GetBoolean());
        Assert.True(question.GetProperty("autocomplete").GetBoolean());
        Assert.InRange(question.GetProperty("max_length").GetInt32(), 100, 6000);
        Assert.True(Assert.Single(commands["quotes"].GetProperty("options").EnumerateArray()).GetProperty("autocomplete").GetBoolean());
        Assert.Equal("Bot " + BotHost.Token, put.Header("Authorization"));
    }

    [Fact]
    public async Task Start_WithGuildId_RegistersInThatGuild()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, s => s["Discord:GuildId"] = GatewaySamples.GuildId);

        var put = await fake.WaitForRequestAsync("PUT", $"applications/{GatewaySamples.ApplicationId}/guilds/{GatewaySamples.GuildId}/commands");

        Assert.Equal(6, put.Json.GetArrayLength());
    }

    [Fact]
    public async Task Start_TokenRejected_StopsWithNonZeroExitCode()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Script(new ScriptedResponse("PUT", "applications/", 401, """{"message":"401: Unauthorized","code":0}"""));
        fake.Script(new ScriptedResponse("GET", "gateway/bot", 401, """{"message":"401: Unauthorized","code":0}"""));
        try
        {
            await using var bot = await BotHost.StartAsync(fake);

            await bot.Stopping.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.NotEqual(0, Environment.ExitCode);
            Assert.Contains("Discord:Token", Assert.Single(bot.Logs.Entries, e => e.Id.Id == 3000).Message);
            Assert.DoesNotContain(fake.Requests, r => r.Path.StartsWith("channels/", StringComparison.Ordinal));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    private static IEnumerable<int> Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32());
}
