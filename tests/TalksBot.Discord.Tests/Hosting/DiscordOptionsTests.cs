using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Chat;
using TalksBot.Discord.Tests.Support;
using TalksBot.State;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.Hosting;

public sealed class DiscordOptionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Discord:Token"] = BotHost.Token,
        ["Discord:ApplicationId"] = "775799577604522054",
        ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
    };

    [Fact]
    public void AddDiscord_WithoutToken_RegistersNothing()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:ApplicationId"] = "1" }).Build();

        Assert.False(services.AddDiscord(configuration));
        Assert.Empty(services);
        Assert.False(DiscordServiceCollectionExtensions.UsesHttpEndpoint(configuration));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void UsesHttpEndpoint_FollowsTheSetting(string? value, bool expected)
    {
        var configuration = Configuration(new() { ["Discord:InteractionsEndpoint"] = value });

        Assert.Equal(expected, DiscordServiceCollectionExtensions.UsesHttpEndpoint(configuration));
    }

    [Theory]
    [InlineData("Discord:ApplicationId", "", "Discord:ApplicationId")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId")]
    [InlineData("Discord:GuildId", "guild", "Discord:GuildId")]
    [InlineData("Discord:ShardId", "2", "Discord:ShardId")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount")]
    [InlineData("Discord:ShardCount", "many", "Discord:ShardCount")]
    [InlineData("Discord:ShardCount", "-2", "Discord:ShardCount")]
    [InlineData("Discord:ShardIds", "0-1", "Discord:ShardIds")]
    [InlineData("Discord:ShardIds", "1-0", "Discord:ShardIds")]
    [InlineData("Discord:ShardIds", "first", "Discord:ShardIds")]
    [InlineData("Discord:ApiBaseUrl", "ftp://discord.example", "Discord:ApiBaseUrl")]
    [InlineData("Discord:GatewayUrl", "https://gateway.example", "Discord:GatewayUrl")]
    [InlineData("Discord:Token", "Bot abc.def", "Discord:Token")]
    [InlineData("Discord:Gateway", "yes", "Discord:Gateway")]
    [InlineData("Discord:InteractionsEndpoint", "true", "Discord:PublicKey")]
    [InlineData("Discord:RetryQueueCapacity", "0", "Discord:RetryQueueCapacity")]
    [InlineData("Discord:RetryQueueMaxAge", "00:00:00", "Discord:RetryQueueMaxAge")]
    public async Task Start_BadSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };
        using var host = Build(settings);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(named, error.Message);
        Assert.DoesNotContain("Gx9fakeSecretValue", error.Message);
    }

    [Fact]
    public async Task Start_ShardIdsAndShardIdBothSet_FailsNamingBoth()
    {
        var settings = new Dictionary<string, string?>(Valid) { ["Discord:ShardCount"] = "2", ["Discord:ShardIds"] = "0-1", ["Discord:ShardId"] = "1" };
        using var host = Build(settings);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Discord:ShardIds and Discord:ShardId are both set", error.Message);
    }

    [Theory]
    [InlineData("auto", "0-63")]
    [InlineData("8", "0-3,7")]
    [InlineData("2", null)]
    public void Validate_ShardSettingsThatFit_Pass(string count, string? ids)
    {
        var options = new DiscordOptions { Token = BotHost.Token, ApplicationId = "775799577604522054", ShardCount = count, ShardIds = ids };

        Assert.True(new TalksBot.Discord.Hosting.DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Start_BothReceiversOff_FailsNamingBoth()
    {
        var settings = new Dictionary<string, string?>(Valid) { ["Discord:Gateway"] = "false" };
        using var host = Build(settings);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Discord:Gateway", error.Message);
        Assert.Contains("Discord:InteractionsEndpoint", error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> extra) =>
        new ConfigurationBuilder().AddInMemoryCollection(Valid).AddInMemoryCollection(extra).Build();

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ICommandRouter>(new FakeRouter());
        builder.Services.AddSingleton<IAutocomplete>(new FakeAutocomplete());
        builder.Services.AddSingleton(new FeedbackFixture().Recorder);
        builder.Services.AddTalksBotState(builder.Configuration);
        Assert.True(builder.Services.AddDiscord(builder.Configuration));
        return builder.Build();
    }
}
