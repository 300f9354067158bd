using TalksBot.State;
using TalksBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.Discord.Tests.FakeDiscord;

namespace TalksBot.Discord.Tests.Support;

/// <summary>The bot as the executable would run it — AddDiscord and MapDiscord on a host — pointed at
/// the fake Discord, with a fake clock, a fake router and captured logs.</summary>
public sealed class BotHost : IAsyncDisposable
{
    public static readonly string Token = TestCredentials.Random("test-bot-token-");

    private readonly WebApplication _app;

    private BotHost(WebApplication app, FakeRouter router, FakeTimeProvider time, CapturedLogs logs, FeedbackFixture feedback)
    {
        _app = app;
        Feedback = feedback;
        Router = router;
        Time = time;
        Logs = logs;
    }

    public FakeRouter Router { get; }

    /// <summary>Real feedback recording into a temporary file; its router rates answers of the repository's data.</summary>
    public FeedbackFixture Feedback { get; }

    /// <summary>The bot's clock (shared with other bots when one was passed in), unless it was started with the real one.</summary>
    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public Uri? HttpAddress { get; private set; }

    public Task Stopping => WaitForStopAsync(_app.Lifetime.ApplicationStopping);

    /// <summary>Settings for a bot that takes interactions only over HTTP, verified with <paramref name="key"/>.</summary>
    public static Action<Dictionary<string, string?>> HttpOnly(SigningKey key) => settings =>
    {
        settings["Discord:Gateway"] = "false";
        settings["Discord:InteractionsEndpoint"] = "true";
        settings["Discord:PublicKey"] = key.PublicKeyHex;
    };

    public static Dictionary<string, string?> Settings(FakeDiscordServer fake) => new()
    {
        ["Discord:Token"] = Token,
        ["Discord:ApplicationId"] = GatewaySamples.ApplicationId,
        ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
        ["Discord:Gateway"] = "true",
        ["Discord:InteractionsEndpoint"] = "false",
    };

    public static async Task<BotHost> StartAsync(
        FakeDiscordServer fake,
        Action<Dictionary<string, string?>>? configure = null,
        FakeRouter? router = null,
        IAutocomplete? autocomplete = null,
        bool realClock = false,
        FakeTimeProvider? clock = null)
    {
        var settings = Settings(fake);
        settings["urls"] = "http://127.0.0.1:0";
        configure?.Invoke(settings);

        var time = clock ?? new FakeTimeProvider(new DateTimeOffset(2022, 3, 29, 9, 0, 0, TimeSpan.Zero));
        fake.Clock = time;
        router ??= new FakeRouter();
        var logs = new CapturedLogs();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(realClock ? TimeProvider.System : time);
        builder.Services.AddSingleton<ICommandRouter>(router);
        builder.Services.AddSingleton(autocomplete ?? new FakeAutocomplete());
        var feedback = new FeedbackFixture(time);
        builder.Services.AddSingleton(feedback.Recorder);
        builder.Services.AddTalksBotState(builder.Configuration);
        Assert.True(builder.Services.AddDiscord(builder.Configuration));

        var app = builder.Build();
        app.MapDiscord();
        var host = new BotHost(app, router, time, logs, feedback);
        try
        {
            await app.StartAsync();
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // A fatal error stopped the bot while it was starting; the test looks at why.
            return host;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        host.HttpAddress = new Uri(address);
        return host;
    }

    /// <summary>The bot's "discord" health check (readiness) now.</summary>
    public async Task<HealthReportEntry> DiscordHealthAsync() =>
        (await Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "discord")).Entries["discord"];

    /// <summary>Waits (in real time, briefly) until the "discord" health check has <paramref name="expected"/> status.</summary>
    public Task WaitForHealthAsync(HealthStatus expected) =>
        Eventually.TrueAsync(async () => (await DiscordHealthAsync()).Status == expected, $"the discord health check to become {expected}");

    /// <summary>Waits (in real time, briefly) until the bot has written a log line with this event id.</summary>
    public async Task WaitForLogAsync(int eventId)
    {
        for (var i = 0; i < 500 && !Logs.Entries.Any(e => e.Id.Id == eventId); i++)
        {
            await Task.Delay(10);
        }

        Assert.Contains(Logs.Entries, e => e.Id.Id == eventId);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        Feedback.Dispose();
    }

    private static Task WaitForStopAsync(CancellationToken stopping)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stopping.Register(() => stopped.TrySetResult());
        return stopped.Task;
    }
}
