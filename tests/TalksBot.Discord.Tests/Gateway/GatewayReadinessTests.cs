using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Gateway;

/// <summary>The "discord" health check follows the gateway session, and reconnects and resumes are counted.</summary>
[Collection(ProcessExitCode.Name)]
public sealed class GatewayReadinessTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task ReconnectRequested_NotReadyUntilResumed_ThenReadyWithOneReconnectAndOneResumeCounted()
    {
        await using var connected = await ConnectedBot.StartAsync();
        var (fake, bot, connection) = connected;
        var meters = bot.Services.GetRequiredService<IMeterFactory>();
        using var reconnects = new MetricCollector<long>(meters, DiscordServiceCollectionExtensions.MeterName, "talksbot.discord.gateway.reconnects");
        using var resumes = new MetricCollector<long>(meters, DiscordServiceCollectionExtensions.MeterName, "talksbot.discord.gateway.resumes");
        await bot.WaitForHealthAsync(HealthStatus.Healthy);

        await connection.SendAsync("""{"op":7,"d":null}""");
        await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await bot.WaitForHealthAsync(HealthStatus.Unhealthy);
        var resumed = await bot.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await resumed.SendHelloAsync();
        await resumed.ReceiveAsync(6);
        Assert.Equal(HealthStatus.Unhealthy, (await bot.DiscordHealthAsync()).Status);
        await resumed.SendDispatchAsync("RESUMED", "{}");
        await bot.WaitForHealthAsync(HealthStatus.Healthy);

        Assert.Equal(1, Assert.Single(reconnects.GetMeasurementSnapshot()).Value);
        Assert.Equal(1, Assert.Single(resumes.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task GatewayOff_ReadyWithTheInteractionsEndpointAlone()
    {
        using var key = new SigningKey();
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, BotHost.HttpOnly(key));

        Assert.Equal(HealthStatus.Healthy, (await bot.DiscordHealthAsync()).Status);
    }
}
