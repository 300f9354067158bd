using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace TalksBot.Slack.SocketMode;

/// <summary>One Socket Mode WebSocket: a receive loop that reassembles frames, a single writer (the
/// socket allows only one outstanding send, notes/slack.md §4.4), and a no-traffic watchdog.</summary>
internal sealed class SocketConnection : IAsyncDisposable
{
    public const int MaxMessageBytes = 4 << 20;

    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConnectionSignal> _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _watchdog;
    private readonly TimeSpan _idleTimeout;
    private Task _receiving = Task.CompletedTask;

    public SocketConnection(int id, WebSocket socket, TimeSpan idleTimeout, TimeProvider time)
    {
        Id = id;
        _socket = socket;
        _time = time;
        _idleTimeout = idleTimeout;
        _watchdog = time.CreateTimer(_ => Raise(ConnectionSignalKind.Refresh, "no traffic within the watchdog window"), null, idleTimeout, Timeout.InfiniteTimeSpan);
    }

    public int Id { get; }

    /// <summary>Completes with Slack's <c>num_connections</c> when <c>hello</c> arrives.</summary>
    public Task<int> Hello => _hello.Task;

    /// <summary>Completes the first time the connection should be replaced; receiving continues until it is closed.</summary>
    public Task<ConnectionSignal> Signal => _signal.Task;

    /// <summary>Completes when the receive loop has ended.</summary>
    public Task Completion => _receiving;

    public void Start(Func<SocketConnection, SocketMessage, ValueTask> onEnvelope) => _receiving = ReceiveLoopAsync(onEnvelope);

    public async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes politely, waiting up to <paramref name="timeout"/> for Slack's close frame, then aborts.</summary>
    public async Task CloseAsync(TimeSpan timeout)
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _sendLock.WaitAsync(_stop.Token);
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", _stop.Token).WaitAsync(timeout, _time);
                }
                finally
                {
                    _sendLock.Release();
                }
            }

            await _receiving.WaitAsync(timeout, _time);
        }
        catch (Exception exception) when (exception is WebSocketException or TimeoutException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _stop.Cancel();
            _socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        _stop.Cancel();
        _socket.Abort();
        try
        {
            await _receiving;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync(Func<SocketConnection, SocketMessage, ValueTask> onEnvelope)
    {
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), _stop.Token);
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxMessageBytes)
                    {
                        Raise(ConnectionSignalKind.Lost, "message larger than the limit");
                        return;
                    }
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Raise(ConnectionSignalKind.Lost, $"closed by Slack ({_socket.CloseStatus})");
                    return;
                }

                _watchdog.Change(_idleTimeout, Timeout.InfiniteTimeSpan);
                if (result.MessageType == WebSocketMessageType.Text && Parse(buffer.WrittenSpan) is { } message)
                {
                    await HandleAsync(message, onEnvelope);
                }
            }
        }
        catch (Exception exception)
        {
            // Whatever ends the loop, the supervisor replaces the connection; it must never take the host down.
            Raise(ConnectionSignalKind.Lost, exception.GetType().Name + ": " + exception.Message);
        }
        finally
        {
            Raise(ConnectionSignalKind.Lost, "receive loop ended");
        }
    }

    private async ValueTask HandleAsync(SocketMessage message, Func<SocketConnection, SocketMessage, ValueTask> onEnvelope)
    {
        switch (message.Type)
        {
            case "hello":
                _hello.TrySetResult(message.NumConnections ?? 0);
                break;
            case "disconnect":
                var reason = message.Reason ?? "unknown";
                Raise(reason is "warning" or "refresh_requested" ? ConnectionSignalKind.Refresh : ConnectionSignalKind.Disconnect, reason);
                break;
            default:
                await onEnvelope(this, message);
                break;
        }
    }

    private void Raise(ConnectionSignalKind kind, string reason) => _signal.TrySetResult(new ConnectionSignal(kind, reason));

    private static SocketMessage? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.SocketMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
