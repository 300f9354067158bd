using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.State;
using TalksBot.TestKit;

namespace TalksBot.Slack.Tests.Support;

/// <summary>The bot as the executable would host it (AddSlack + MapSlack on Kestrel, 127.0.0.1), pointed
/// at a <see cref="FakeSlackServer"/>, with a fake clock and the router a test supplies (a <see cref="FakeRouter"/> unless told otherwise).</summary>
public sealed class BotHost : IAsyncDisposable
{
    public static readonly string BotToken = TestCredentials.SlackBotToken();
    public static readonly string AppToken = TestCredentials.SlackAppToken();
    public static readonly string SigningSecret = TestCredentials.Random();

    private readonly WebApplication _app;

    private readonly FeedbackFixture _feedback;

    private BotHost(WebApplication app, FakeTimeProvider time, RecordingRouter router, ListLoggerProvider logs, FeedbackFixture feedback)
    {
        _app = app;
        _feedback = feedback;
        Time = time;
        Router = router;
        Logs = logs;
    }

    public FakeTimeProvider Time { get; }

    public RecordingRouter Router { get; }

    public ListLoggerProvider Logs { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public IServiceProvider Services => _app.Services;

    public IHostApplicationLifetime Lifetime => _app.Services.GetRequiredService<IHostApplicationLifetime>();

    public static Dictionary<string, string?> Settings(FakeSlackServer slack, bool socketMode = false, bool http = false) => new()
    {
        ["Slack:BotToken"] = BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Slack:AppToken"] = socketMode ? AppToken : null,
        ["Slack:SigningSecret"] = http ? SigningSecret : null,
    };

    public static Task<BotHost> StartSocketModeAsync(FakeSlackServer slack, ICommandRouter? router = null) =>
        StartAsync(Settings(slack, socketMode: true), router);

    public static Task<BotHost> StartHttpAsync(FakeSlackServer slack, ICommandRouter? router = null, bool slashInChannel = false)
    {
        var settings = Settings(slack, http: true);
        settings["Slack:SlashInChannel"] = slashInChannel ? "true" : "false";
        return StartAsync(settings, router);
    }

    /// <param name="logs">Where the bot logs; a new one unless the test made it first (to log a router of its own there too).</param>
    public static async Task<BotHost> StartAsync(Dictionary<string, string?> settings, ICommandRouter? router = null, Action<IServiceCollection>? services = null, ListLoggerProvider? logs = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 3, 29, 12, 0, 0, TimeSpan.Zero));
        var recording = new RecordingRouter(router ?? new FakeRouter());
        logs ??= new ListLoggerProvider();

        var builder = Loopback.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<ICommandRouter>(recording);
        services?.Invoke(builder.Services);
        var feedback = new FeedbackFixture(time);
        builder.Services.TryAddSingleton(feedback.Recorder);
        builder.Services.TryAddSingleton(TestCore.CreateAutocomplete());
        builder.Services.AddTalksBotState(builder.Configuration);
        Assert.True(builder.Services.AddSlack(builder.Configuration));

        var app = builder.Build();
        app.MapSlack();
        var host = new BotHost(app, time, recording, logs, feedback);
        try
        {
            await app.StartAsync();
        }
        catch (OperationCanceledException) when (host.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // A fatal Slack error may stop the host while it is still starting.
            return host;
        }

        host.BaseUrl = Loopback.Address(app);
        return host;
    }

    /// <summary>POSTs to one of the bot's Slack endpoints, signed with the app's secret at the fake clock's time unless overridden.</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, string? secret = null, DateTimeOffset? at = null, Action<HttpRequestMessage>? tweak = null)
    {
        var (timestamp, signature) = SlackSigner.Sign(secret ?? SigningSecret, at ?? Time.GetUtcNow(), body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, path)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        tweak?.Invoke(request);
        using var http = new HttpClient();
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(System.Text.Json.Nodes.JsonObject body, Action<HttpRequestMessage>? tweak = null) =>
        PostSignedAsync("slack/events", body.ToJsonString(), "application/json", tweak: tweak);

    /// <summary>Waits until the bot has logged <paramref name="eventId"/> at least <paramref name="count"/> times,
    /// then lets it reach its next await, so that fake time advanced afterwards counts from there.</summary>
    public async Task WaitForLogAsync(int eventId, int count = 1)
    {
        await Eventually.TrueAsync(() => Logs.Entries.Count(e => e.EventId == eventId) >= count, $"log event {eventId} x{count}");
        await Eventually.SettleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _feedback.Dispose();
    }
}
