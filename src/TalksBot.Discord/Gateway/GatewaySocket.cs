using System.Net.WebSockets;
using TalksBot.Delivery.Resilience;

namespace TalksBot.Discord.Gateway;

/// <summary>Frames gateway messages over one ClientWebSocket: one send at a time (the socket allows only
/// one), within 120 sends per 60 s (three kept for heartbeats), each at most 4096 bytes.</summary>
internal sealed class GatewaySocket(ClientWebSocket socket, TimeProvider time) : IDisposable
{
    public const int SendsPerMinute = 120;
    public const int ReservedForHeartbeats = 3;
    public const int MaxSendBytes = 4096;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SlidingWindowLimiter _sendLimit = new(time, TimeSpan.FromSeconds(60));

    public async Task SendAsync(byte[] json, bool isHeartbeat, CancellationToken cancellationToken)
    {
        if (json.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {json.Length} bytes exceeds {MaxSendBytes}.");
        }

        await _sendLimit.WaitAsync(isHeartbeat ? SendsPerMinute : SendsPerMinute - ReservedForHeartbeats, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next whole message, or null when the server closed (see <see cref="CloseCode"/>).</summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    public int? CloseCode => socket.CloseStatus is { } status ? (int)status : null;

    /// <summary>Closing with 1000 ends the session (the bot goes offline); any other code leaves it resumable.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(status, "shutting down", cancellationToken);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection without a close code, which keeps the session resumable.</summary>
    public void Abort() => socket.Abort();

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
