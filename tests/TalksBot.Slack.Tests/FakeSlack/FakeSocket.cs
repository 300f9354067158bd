using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalksBot.TestKit;

namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>The server side of one Socket Mode connection: sends hello, envelopes and disconnects as
/// Slack does, and records every acknowledgement the bot sends on this socket.</summary>
public sealed class FakeSocket(int index, WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentQueue<JsonElement> _acks = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _helloSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _envelopes;

    public int Index { get; } = index;

    public IReadOnlyCollection<JsonElement> Acks => _acks;

    /// <summary>Completes when the socket is closed from either side.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Completes once hello has been sent on this socket.</summary>
    public Task HelloSent => _helloSent.Task;

    public bool IsAcked(string envelopeId) => _acks.Any(a => a.GetProperty("envelope_id").GetString() == envelopeId);

    public async Task SendHelloAsync(int numConnections = 1)
    {
        await SendAsync(new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = numConnections,
            ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["build_number"] = 10, ["approximate_connection_time"] = 18060 },
            ["connection_info"] = new JsonObject { ["app_id"] = SlackPayloads.AppId },
        });
        _helloSent.TrySetResult();
    }

    public Task SendDisconnectAsync(string reason) => SendAsync(new JsonObject
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "applink-fake" },
    });

    /// <summary>Sends an envelope and returns its envelope_id (a new one, or <paramref name="envelopeId"/> for a redelivery).</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonObject payload, int? retryAttempt = null, string? retryReason = null, string? envelopeId = null)
    {
        var id = envelopeId ?? NewEnvelopeId();
        await SendAsync(Envelope(id, type, payload, retryAttempt, retryReason));
        return id;
    }

    /// <summary>Starts sending an envelope, stops after half of its bytes (an unfinished WebSocket message) and drops
    /// the connection, as a socket lost mid-envelope. Returns the envelope_id the bot never fully received.</summary>
    public async Task<string> SendEnvelopeCutAsync(string type, JsonObject payload)
    {
        var id = NewEnvelopeId();
        var bytes = Encoding.UTF8.GetBytes(Envelope(id, type, payload, null, null).ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes.AsMemory(0, bytes.Length / 2), WebSocketMessageType.Text, false, CancellationToken.None);
            socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }

        return id;
    }

    private string NewEnvelopeId() => $"env-{Index}-{Interlocked.Increment(ref _envelopes)}-{Guid.NewGuid():N}";

    private static JsonObject Envelope(string id, string type, JsonObject payload, int? retryAttempt, string? retryReason)
    {
        var envelope = new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["accepts_response_payload"] = type != "events_api",
            ["payload"] = payload,
        };
        if (type == "events_api")
        {
            envelope["retry_attempt"] = retryAttempt ?? 0;
            envelope["retry_reason"] = retryReason ?? "";
        }

        return envelope;
    }

    public async Task CloseAsync()
    {
        try
        {
            await _sendLock.WaitAsync();
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var (result, received) = await WebSocketMessages.ReceiveAsync(socket, buffer, cancellationToken);
                using var message = received;

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    }

                    return;
                }

                _acks.Enqueue(JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
