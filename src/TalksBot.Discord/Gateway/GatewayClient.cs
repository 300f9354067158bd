using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Hosting;
using TalksBot.Delivery.Resilience;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

/// <summary>Keeps the bot connected: discovers the URL, identifies within the budget, resumes where the
/// protocol allows (also across a restart, through <see cref="GatewaySessionFile"/>), reconnects with capped
/// exponential backoff and jitter, and stops the host on a fatal close code instead of looping.</summary>
internal sealed class GatewayClient(
    IOptions<DiscordOptions> options,
    DiscordApi api,
    GatewayConnection connection,
    IdentifyGate identifyGate,
    GatewaySessionFile sessionFile,
    FatalShutdown fatal,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<GatewayClient> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Gateway)
        {
            return;
        }

        var session = new GatewaySession();
        sessionFile.TryRestore(session);
        var backoff = new ExponentialBackoff(FirstRetry, MaxRetry);
        try
        {
            while (true)
            {
                var result = await ConnectOnceAsync(session, stoppingToken);
                switch (result.End)
                {
                    case ConnectionEnd.Fatal:
                        fatal.Stop($"the gateway closed with code {result.CloseCode} ({GatewayCloseCodes.Describe(result.CloseCode)}).");
                        return;
                    case ConnectionEnd.Stopped:
                        sessionFile.Save(session);
                        return;
                    case ConnectionEnd.NewSession:
                        session.Clear();
                        break;
                }

                if (result.Established)
                {
                    backoff.Reset();
                }

                var delay = backoff.Next();
                if (result.End == ConnectionEnd.NewSession)
                {
                    // Before identifying again, a random 1–5 s, so that a rejected session does not become an identify loop.
                    delay = TimeSpan.FromSeconds(Math.Max(delay.TotalSeconds, 1 + (Random.Shared.NextDouble() * 4)));
                }

                Log.GatewayBackoff(logger, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken);
                metrics.Reconnecting();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down between connections: the session may still be resumable.
            sessionFile.Save(session);
        }
        catch (DiscordRestException error) when (error.IsUnauthorized)
        {
            // The REST client has already stopped the host with the cause.
        }
    }

    private async Task<ConnectionResult> ConnectOnceAsync(GatewaySession session, CancellationToken stoppingToken)
    {
        try
        {
            var url = session.CanResume && session.ResumeUrl is { } resumeUrl ? resumeUrl : await DiscoverAsync(session, stoppingToken);
            Log.GatewayConnecting(logger, session.CanResume);
            return await connection.RunAsync(url, session, stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested
            && (error is WebSocketException or HttpRequestException or JsonException or IOException or UriFormatException or TimeoutException
                || error is DiscordRestException { IsUnauthorized: false }))
        {
            Log.GatewayConnectionFailed(logger, error);

            // Cached URLs are refreshed only when connecting fails; the session may still resume on the discovered one.
            session.ResumeUrl = null;
            return ConnectionResult.Failed;
        }
    }

    private async Task<Uri> DiscoverAsync(GatewaySession session, CancellationToken stoppingToken)
    {
        var bot = await api.GetGatewayBotAsync(stoppingToken);
        if (!session.CanResume)
        {
            await identifyGate.WaitAsync(bot.SessionStartLimit, stoppingToken);
        }

        return options.Value.GatewayUrl is { Length: > 0 } configured ? new Uri(configured) : new Uri(bot.Url);
    }
}
