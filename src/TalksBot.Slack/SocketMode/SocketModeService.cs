using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalksBot.Delivery.Resilience;
using TalksBot.Slack.Events;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.SocketMode;

/// <summary>Keeps one Socket Mode connection open (notes/slack.md §4). On a routine disconnect the
/// replacement is opened before the old socket is retired, and the old one keeps acknowledging what
/// reaches it meanwhile, so no envelope is lost. Failures reconnect with capped backoff and jitter;
/// a rejected app token stops the host. After <c>link_disabled</c> (Socket Mode turned off for the app)
/// it warns once and stops reconnecting: no connection can succeed until an operator turns it back on.</summary>
internal sealed class SocketModeService(
    SlackApiClient api,
    SlackInbox inbox,
    SlackIdentity identity,
    FatalStop fatalStop,
    ExponentialBackoff backoff,
    SocketModeTimings timings,
    SocketModeStatus status,
    SlackMetrics metrics,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private const string LinkDisabled = "link_disabled";

    private readonly List<Task> _retiring = [];
    private int _nextId;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SocketConnection? current = null;
        try
        {
            await identity.WaitAsync(stoppingToken);
            current = await ConnectAsync(stoppingToken);
            while (current is not null)
            {
                var signal = await current.Signal.WaitAsync(stoppingToken);
                switch (signal.Kind)
                {
                    case ConnectionSignalKind.Refresh:
                        Log.SocketDisconnectRequested(logger, current.Id, signal.Reason);
                        metrics.Reconnecting("refresh");
                        var next = await ConnectAsync(stoppingToken);
                        Retire(current, stoppingToken);
                        current = next;
                        break;
                    case ConnectionSignalKind.Disconnect when signal.Reason == LinkDisabled:
                        Log.SocketModeDisabled(logger, current.Id);
                        status.Disabled();
                        await current.CloseAsync(timings.RetireGrace);
                        await current.DisposeAsync();
                        current = null;
                        break;
                    case ConnectionSignalKind.Disconnect:
                        Log.SocketDisconnectRequested(logger, current.Id, signal.Reason);
                        status.Reconnecting();
                        metrics.Reconnecting("disconnect");
                        await current.CloseAsync(timings.RetireGrace);
                        await current.DisposeAsync();
                        current = null;
                        await DelayAsync(stoppingToken);
                        current = await ConnectAsync(stoppingToken);
                        break;
                    default:
                        Log.SocketLost(logger, current.Id, signal.Reason);
                        status.Reconnecting();
                        metrics.Reconnecting("lost");
                        await current.DisposeAsync();
                        current = null;
                        await DelayAsync(stoppingToken);
                        current = await ConnectAsync(stoppingToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
            {
                await current.CloseAsync(TimeSpan.FromSeconds(2));
                await current.DisposeAsync();
            }

            await Task.WhenAll(_retiring);
        }
    }

    /// <summary>Opens a connection and waits for its hello, retrying with backoff. Null when the app token was refused.</summary>
    private async Task<SocketConnection?> ConnectAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Log.SocketConnecting(logger, attempt);
            var opened = await api.OpenConnectionAsync(cancellationToken);
            if (FatalStop.IsFatal(opened.Error))
            {
                fatalStop.Stop("Slack:AppToken", opened.Error!);
                return null;
            }

            if (opened.Ok && Uri.TryCreate(opened.Url, UriKind.Absolute, out var url) && await TryOpenAsync(url, cancellationToken) is { } connection)
            {
                backoff.Reset();
                status.Connected();
                return connection;
            }

            await DelayAsync(cancellationToken);
        }
    }

    private async Task<SocketConnection?> TryOpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = timings.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = timings.KeepAliveTimeout;
        var id = Interlocked.Increment(ref _nextId);
        try
        {
            using var deadline = new CancellationTokenSource(timings.HelloTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            await socket.ConnectAsync(url, linked.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.SocketLost(logger, id, exception.Message);
            socket.Dispose();
            return null;
        }

        var connection = new SocketConnection(id, socket, timings.IdleTimeout, time);
        connection.Start(OnEnvelopeAsync);
        Log.SocketOpened(logger, id);
        var keep = false;
        try
        {
            // A socket that closes before hello ends the receive loop: stop waiting then, not at the deadline.
            await Task.WhenAny(connection.Hello, connection.Completion).WaitAsync(timings.HelloTimeout, time, cancellationToken);
            if (!connection.Hello.IsCompletedSuccessfully)
            {
                Log.SocketLost(logger, id, "closed before hello");
                return null;
            }

            Log.SocketHello(logger, id, await connection.Hello);
            keep = true;
            return connection;
        }
        catch (TimeoutException)
        {
            Log.SocketWatchdog(logger, id, "no hello within the deadline");
            return null;
        }
        finally
        {
            // Also on shutdown (OperationCanceledException): a connection that is not returned is not leaked.
            if (!keep)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private void Retire(SocketConnection old, CancellationToken stoppingToken)
    {
        _retiring.RemoveAll(t => t.IsCompleted);
        _retiring.Add(RetireAsync(old, stoppingToken));
    }

    private async Task RetireAsync(SocketConnection old, CancellationToken stoppingToken)
    {
        // Slack closes a refreshed socket itself; until then it may still deliver on it.
        try
        {
            await old.Completion.WaitAsync(timings.RetireGrace, time, stoppingToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
        }

        await old.CloseAsync(TimeSpan.FromSeconds(2));
        await old.DisposeAsync();
        Log.SocketClosed(logger, old.Id);
    }

    private async Task DelayAsync(CancellationToken cancellationToken)
    {
        var delay = backoff.Next();
        Log.SocketReconnectDelay(logger, delay.TotalSeconds);
        await Task.Delay(delay, time, cancellationToken);
    }

    private async ValueTask OnEnvelopeAsync(SocketConnection connection, SocketMessage message)
    {
        if (message.EnvelopeId is not { Length: > 0 } envelopeId)
        {
            Log.SocketMessageIgnored(logger, message.Type);
            return;
        }

        var result = await AcceptAsync(message);
        if (result == InboxResult.Refused)
        {
            Log.EnvelopeNotAcked(logger, envelopeId);
            return;
        }

        // Acknowledge on the socket the envelope came on, at once; the answer is worked out later.
        var ack = JsonSerializer.Serialize(new SocketAck(envelopeId), SlackJsonContext.Default.SocketAck);
        try
        {
            await connection.SendAsync(ack, CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            Log.SocketLost(logger, connection.Id, "acknowledgement failed: " + exception.Message);
        }
    }

    private async ValueTask<InboxResult> AcceptAsync(SocketMessage message)
    {
        if (message.Payload.ValueKind != JsonValueKind.Object)
        {
            return InboxResult.Skipped;
        }

        try
        {
            return message.Type switch
            {
                // The ledger bounds its own wait (Redis:OperationTimeout), so the ack is never held past it.
                "events_api" when message.Payload.Deserialize(SlackJsonContext.Default.EventsApiBody) is { } body
                    => await inbox.AcceptEventsAsync(body, message.RetryAttempt ?? 0, CancellationToken.None),
                "slash_commands" when message.Payload.Deserialize(SlackJsonContext.Default.SlashCommand) is { } command
                    => inbox.AcceptCommand(command),
                "interactive" when message.Payload.Deserialize(SlackJsonContext.Default.BlockActionsPayload) is { } payload
                    => inbox.AcceptInteraction(payload),
                _ => InboxResult.Skipped,
            };
        }
        catch (JsonException)
        {
            Log.SocketMessageIgnored(logger, message.Type);
            return InboxResult.Skipped;
        }
    }
}
