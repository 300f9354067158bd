using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Hosting;

namespace TalksBot.Discord.Gateway;

/// <summary>Runs one gateway connection from connect to close: Hello, Identify or Resume, heartbeats,
/// dispatches. The receive loop only parses and hands events on; the heartbeat runs beside it, and both
/// share one cancellation so that a dead connection stops everything it started.</summary>
internal sealed class GatewayConnection(
    IOptions<DiscordOptions> options,
    GatewayDispatcher dispatcher,
    GatewayStatus status,
    GatewaySessionFile sessionFile,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<GatewayConnection> logger)
{
    /// <summary>The close code sent at shutdown when the session is kept for the next start: not 1000 or
    /// 1001, which would end it (4000 is in the range RFC 6455 leaves to applications).</summary>
    private const WebSocketCloseStatus KeepSessionClose = (WebSocketCloseStatus)4000;

    /// <summary>After sending the close at shutdown, how long to wait for the server's close before dropping.</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    public async Task<ConnectionResult> RunAsync(Uri url, GatewayShard shard, GatewaySession session, CancellationToken stopping)
    {
        using var client = new ClientWebSocket();
        using var lifetime = new CancellationTokenSource();
        using (var timeout = new CancellationTokenSource(ConnectTimeout, time))
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token))
        {
            try
            {
                await client.ConnectAsync(GatewayUrl.WithQuery(url), connecting.Token);
            }
            catch (OperationCanceledException error) when (!stopping.IsCancellationRequested)
            {
                // The timeout, not shutdown: a transient failure like any other, for the caller to retry.
                throw new TimeoutException($"The gateway did not accept the connection within {ConnectTimeout.TotalSeconds:0} s.", error);
            }
        }

        using var socket = new GatewaySocket(client, time);
        var heartbeat = new Heartbeat(time, Random.Shared.NextDouble);
        var heartbeating = Task.CompletedTask;
        var established = false;

        // At shutdown: close with 1000 and let the receive loop see the server's answer, or give up after a grace.
        await using var onStop = stopping.Register(() => _ = CloseOnStopAsync(socket, lifetime));
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(lifetime.Token);
                if (frame is null)
                {
                    return Closed(shard, socket.CloseCode, established, stopping);
                }

                var payload = JsonSerializer.Deserialize(frame, DiscordJsonContext.Default.GatewayPayload);
                if (payload is null)
                {
                    continue;
                }

                if (payload.S is { } sequence)
                {
                    session.Observe(sequence);
                }

                Log.GatewayReceived(logger, shard.Id, payload.Op, payload.T);
                switch (payload.Op)
                {
                    case GatewayOpcode.Hello:
                        var hello = payload.D?.Deserialize(DiscordJsonContext.Default.Hello) ?? throw new JsonException("Hello without d.");
                        heartbeating = RunHeartbeatAsync(heartbeat, TimeSpan.FromMilliseconds(hello.HeartbeatInterval), socket, session, lifetime);
                        await socket.SendAsync(session.CanResume ? ResumePayload(session) : IdentifyPayload(shard), isHeartbeat: false, lifetime.Token);
                        if (!session.CanResume)
                        {
                            metrics.Identified(shard.Id);
                        }

                        break;
                    case GatewayOpcode.HeartbeatAck:
                        heartbeat.Acknowledge();
                        break;
                    case GatewayOpcode.Heartbeat:
                        await socket.SendAsync(HeartbeatPayload(session), isHeartbeat: true, lifetime.Token);
                        break;
                    case GatewayOpcode.Reconnect:
                        Log.GatewayReconnectRequested(logger, shard.Id);
                        return new ConnectionResult(ConnectionEnd.Resume, established);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        Log.GatewayInvalidSession(logger, shard.Id, resumable);
                        return new ConnectionResult(resumable ? ConnectionEnd.Resume : ConnectionEnd.NewSession, established);
                    case GatewayOpcode.Dispatch:
                        established |= OnDispatch(shard, payload, session);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            Log.GatewayZombie(logger, shard.Id);
            return new ConnectionResult(ConnectionEnd.Resume, established);
        }
        catch (OperationCanceledException)
        {
            return new ConnectionResult(ConnectionEnd.Stopped, established);
        }
        catch (WebSocketException error)
        {
            Log.GatewayConnectionFailed(logger, error, shard.Id);
            return stopping.IsCancellationRequested ? new ConnectionResult(ConnectionEnd.Stopped, established) : new ConnectionResult(ConnectionEnd.Resume, established);
        }
        finally
        {
            status.Disconnected(shard.Id);
            await lifetime.CancelAsync();
            await heartbeating.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            socket.Abort();
        }
    }

    private bool OnDispatch(GatewayShard shard, GatewayPayload payload, GatewaySession session)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = payload.D?.Deserialize(DiscordJsonContext.Default.Ready) ?? throw new JsonException("READY without d.");
                session.Start(ready.SessionId, Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resume) ? resume : null, ready.User.Id);
                Log.GatewayReady(logger, ready.User.Id, shard.Id, shard.Count);
                status.Connected(shard.Id);
                return true;
            case "RESUMED":
                Log.GatewayResumed(logger, shard.Id);
                metrics.Resumed(shard.Id);
                status.Connected(shard.Id);
                return true;
            default:
                dispatcher.Dispatch(payload.T, payload.D, session.BotUserId);
                return false;
        }
    }

    private ConnectionResult Closed(GatewayShard shard, int? code, bool established, CancellationToken stopping)
    {
        if (stopping.IsCancellationRequested)
        {
            return new ConnectionResult(ConnectionEnd.Stopped, established, code);
        }

        var end = GatewayCloseCodes.Classify(code);
        Log.GatewayClosed(logger, shard.Id, code, GatewayCloseCodes.Describe(code));
        return new ConnectionResult(end, established, code);
    }

    private async Task RunHeartbeatAsync(Heartbeat heartbeat, TimeSpan interval, GatewaySocket socket, GatewaySession session, CancellationTokenSource lifetime)
    {
        try
        {
            await heartbeat.RunAsync(interval, ct => socket.SendAsync(HeartbeatPayload(session), isHeartbeat: true, ct), lifetime.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            return;
        }

        // RunAsync returned: the last beat was never acknowledged. Drop the socket (no close code) to resume.
        await lifetime.CancelAsync();
    }

    private async Task CloseOnStopAsync(GatewaySocket socket, CancellationTokenSource lifetime)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseGrace);
            await socket.CloseAsync(sessionFile.IsEnabled ? KeepSessionClose : WebSocketCloseStatus.NormalClosure, timeout.Token);
            await Task.Delay(CloseGrace, lifetime.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            return;
        }

        await lifetime.CancelAsync();
    }

    private byte[] IdentifyPayload(GatewayShard shard)
    {
        var identify = new Identify(
            options.Value.Token,
            GatewayIntents.Bot,
            new IdentifyProperties(OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", "TalksBot", "TalksBot"),
            [shard.Id, shard.Count]);
        return Serialize(GatewayOpcode.Identify, JsonSerializer.SerializeToElement(identify, DiscordJsonContext.Default.Identify));
    }

    private byte[] ResumePayload(GatewaySession session)
    {
        var resume = new Resume(options.Value.Token, session.SessionId!, session.Sequence);
        return Serialize(GatewayOpcode.Resume, JsonSerializer.SerializeToElement(resume, DiscordJsonContext.Default.Resume));
    }

    private static byte[] HeartbeatPayload(GatewaySession session) =>
        Serialize(GatewayOpcode.Heartbeat, JsonSerializer.SerializeToElement(session.Sequence, DiscordJsonContext.Default.NullableInt32));

    private static byte[] Serialize(int op, JsonElement data) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayPayload(op, data), DiscordJsonContext.Default.GatewayPayload);
}
