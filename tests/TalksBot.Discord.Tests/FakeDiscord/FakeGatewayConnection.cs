using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using TalksBot.TestKit;

namespace TalksBot.Discord.Tests.FakeDiscord;

/// <summary>The server side of one gateway WebSocket. It records what the bot sends, answers heartbeats
/// with ACKs unless told not to, and lets a test send Hello, READY, dispatches, op 7/9 and close codes.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path, string query, FakeDiscordServer server)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>When the bot connected, on the test's clock.</summary>
    public DateTimeOffset ConnectedAt { get; } = server.Clock.GetUtcNow();

    /// <summary>Answer every heartbeat with op 11 (turn off to make the connection a zombie).</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    public int HeartbeatsReceived { get; private set; }

    /// <summary>Completes when the bot closed (with its close status) or dropped (null) the connection.</summary>
    public Task<WebSocketCloseStatus?> Ended => _ended.Task;

    public async Task RunAsync(CancellationToken cancellationToken)
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
                    _ended.TrySetResult(socket.CloseStatus);
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    return;
                }

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (payload.GetProperty("op").GetInt32() == 1)
                {
                    HeartbeatsReceived++;
                    if (AcknowledgeHeartbeats)
                    {
                        await SendAsync("""{"op":11}""");
                    }
                }

                _received.Writer.TryWrite(payload);
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            _ended.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }

    public async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendHelloAsync(int heartbeatInterval = 41250) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatInterval}}},"s":null,"t":null}""");

    public Task SendDispatchAsync(string eventName, string data) =>
        SendAsync($$"""{"op":0,"s":{{server.NextSequence()}},"t":"{{eventName}}","d":{{data}}}""");

    public Task SendReadyAsync(string sessionId = GatewaySamples.SessionId, int shardId = 0, int shardCount = 1) =>
        SendDispatchAsync("READY", GatewaySamples.Ready(sessionId, server.ResumeGatewayUrl, shardId, shardCount));

    public Task CloseAsync(int code) =>
        socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake", CancellationToken.None);

    /// <summary>The next payload the bot sent with this op, skipping others (heartbeats interleave).</summary>
    public async Task<JsonElement> ReceiveAsync(int op)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var payload = await _received.Reader.ReadAsync(timeout.Token);
            if (payload.GetProperty("op").GetInt32() == op)
            {
                return payload;
            }
        }
    }

    /// <summary>The <c>[shard_id, num_shards]</c> of the Identify this connection received during <see cref="HandshakeAsync"/>.</summary>
    public (int Id, int Count)? Shard { get; private set; }

    /// <summary>Hello, then the bot's Identify, then READY for the shard the Identify names, with that shard's
    /// session id (<see cref="GatewaySamples.SessionIdOf"/>): a connected bot, or one connected shard.</summary>
    public async Task<JsonElement> HandshakeAsync(int heartbeatInterval = 41250)
    {
        await SendHelloAsync(heartbeatInterval);
        var identify = await ReceiveAsync(2);
        var shard = identify.GetProperty("d").GetProperty("shard");
        Shard = (shard[0].GetInt32(), shard[1].GetInt32());
        await SendReadyAsync(GatewaySamples.SessionIdOf(Shard.Value.Id), Shard.Value.Id, Shard.Value.Count);
        return identify;
    }
}
