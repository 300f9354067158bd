using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalksBot.Core.Chat;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.State;
using TalksBot.TestKit;

namespace TalksBot.Slack.Tests;

public sealed class SlackOptionsTests
{
    [Fact]
    public void AddSlack_WithoutBotToken_RegistersNothingAndReturnsFalse()
    {
        var services = new ServiceCollection();
        var configuration = Configuration(new() { ["Slack:AppToken"] = BotHost.AppToken, ["Slack:SigningSecret"] = BotHost.SigningSecret });

        Assert.False(services.AddSlack(configuration));
        Assert.Empty(services);
        Assert.False(SlackServiceCollectionExtensions.UsesHttpEndpoint(configuration));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void UsesHttpEndpoint_OnlyWithBotTokenAndSigningSecret(bool signingSecret, bool expected)
    {
        var configuration = Configuration(new() { ["Slack:BotToken"] = BotHost.BotToken, ["Slack:SigningSecret"] = signingSecret ? BotHost.SigningSecret : null });

        Assert.Equal(expected, SlackServiceCollectionExtensions.UsesHttpEndpoint(configuration));
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken must start with xoxb-")]
    [InlineData("Slack:AppToken", "xoxb-not-an-app-token", "Slack:AppToken must start with xapp-")]
    [InlineData("Slack:SigningSecret", "short", "Slack:SigningSecret must be")]
    [InlineData("Slack:ApiBaseUrl", "slack.com/api", "Slack:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("Slack:SlashInChannel", "maybe", "Slack:SlashInChannel")]
    [InlineData("Slack:RetryQueueCapacity", "0", "Slack:RetryQueueCapacity must be at least 1")]
    [InlineData("Slack:RetryQueueMaxAge", "-00:01:00", "Slack:RetryQueueMaxAge must be positive")]
    public async Task Start_MalformedSetting_FailsNamingTheKeyButNotTheValue(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Slack:BotToken"] = BotHost.BotToken, ["Slack:AppToken"] = BotHost.AppToken, [key] = value };

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StartAndStopAsync(settings));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHost.BotToken, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHost.AppToken, failure.Message, StringComparison.Ordinal);
        if (key.EndsWith("Token", StringComparison.Ordinal) || key.EndsWith("Secret", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(value, failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Start_BotTokenWithoutAppTokenOrSigningSecret_IsAConfigurationError()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAndStopAsync(new() { ["Slack:BotToken"] = BotHost.BotToken }));

        Assert.Contains("neither Slack:AppToken (Socket Mode) nor Slack:SigningSecret (HTTP events)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SocketMode_InAPlainGenericHostWithoutKestrel_ConnectsAndAnswers()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(BotHost.Settings(slack, socketMode: true));
        builder.Services.AddSingleton<ICommandRouter>(new FakeRouter());
        builder.Services.AddSingleton(new FeedbackFixture().Recorder);
        builder.Services.AddSingleton(TestCore.CreateAutocomplete());
        builder.Services.AddTalksBotState(builder.Configuration);
        Assert.True(builder.Services.AddSlack(builder.Configuration));
        using var host = builder.Build();
        await host.StartAsync();

        var socket = await slack.WaitForSocketAsync(0);
        await socket.SendEnvelopeAsync("events_api", SlackPayloads.DirectMessage("Ev4001", "hello?"));

        await Eventually.TrueAsync(() => slack.CallsTo("chat.postMessage").Count == 1, "the answer");
        await host.StopAsync();
    }

    private static async Task StartAndStopAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ICommandRouter>(new FakeRouter());
        builder.Services.AddSingleton(new FeedbackFixture().Recorder);
        builder.Services.AddSingleton(TestCore.CreateAutocomplete());
        builder.Services.AddTalksBotState(builder.Configuration);
        builder.Services.AddSlack(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
