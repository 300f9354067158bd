using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Resilience;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

/// <summary>Keeps one shard connected: its own session, sequence, heartbeat, resume URL and saved session.
/// It identifies through the shared <see cref="IdentifyGate"/>, resumes where the protocol allows (also across a
/// restart, through <see cref="GatewaySessionFile"/>), reconnects with capped exponential backoff and jitter,
/// and stops the host on a fatal close code. What happens to one shard's session never touches another's.</summary>
internal sealed class ShardRunner(
    IOptions<DiscordOptions> options,
    DiscordApi api,
    GatewayConnection connection,
    IdentifyGate identifyGate,
    GatewaySessionFile sessionFile,
    FatalShutdown fatal,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<ShardRunner> logger)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(60);

    private static readonly Func<ILogger, int, IDisposable?> ShardScope = LoggerMessage.DefineScope<int>("Discord shard {ShardId}");

    public async Task RunAsync(GatewayShard shard, CancellationToken stoppingToken)
    {
        // Everything this shard starts, the answers to its dispatches included, logs under its id.
        using var scope = ShardScope(logger, shard.Id);
        var session = new GatewaySession();
        sessionFile.TryRestore(shard, session);
        var backoff = new ExponentialBackoff(FirstRetry, MaxRetry);
        try
        {
            while (true)
            {
                var result = await ConnectOnceAsync(shard, session, stoppingToken);
                switch (result.End)
                {
                    case ConnectionEnd.Fatal:
                        fatal.Stop($"the gateway closed shard {shard.Id} with code {result.CloseCode} ({GatewayCloseCodes.Describe(result.CloseCode)}).");
                        return;
                    case ConnectionEnd.Stopped:
                        sessionFile.Save(shard, session);
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

                Log.GatewayBackoff(logger, shard.Id, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken);
                metrics.Reconnecting(shard.Id);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down between connections: the session may still be resumable.
            sessionFile.Save(shard, session);
        }
        catch (DiscordRestException error) when (error.IsUnauthorized)
        {
            // The REST client has already stopped the host with the cause.
        }
    }

    private async Task<ConnectionResult> ConnectOnceAsync(GatewayShard shard, GatewaySession session, CancellationToken stoppingToken)
    {
        try
        {
            var url = session.CanResume && session.ResumeUrl is { } resumeUrl ? resumeUrl : await DiscoverAsync(shard, session, stoppingToken);
            Log.GatewayConnecting(logger, shard.Id, session.CanResume);
            return await connection.RunAsync(url, shard, session, stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested && GatewayFaults.IsTransient(error))
        {
            Log.GatewayConnectionFailed(logger, error, shard.Id);

            // Cached URLs are refreshed only when connecting fails; the session may still resume on the discovered one.
            session.ResumeUrl = null;
            return ConnectionResult.Failed;
        }
    }

    private async Task<Uri> DiscoverAsync(GatewayShard shard, GatewaySession session, CancellationToken stoppingToken)
    {
        var bot = await api.GetGatewayBotAsync(stoppingToken);
        if (!session.CanResume)
        {
            await identifyGate.WaitAsync(shard.Id, bot.SessionStartLimit, stoppingToken);
        }

        return options.Value.GatewayUrl is { Length: > 0 } configured ? new Uri(configured) : new Uri(bot.Url);
    }
}
