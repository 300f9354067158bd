using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>A WebSocket endpoint that completes the handshake and says hello, then never answers a
/// PING: a half-open link as seen through a NAT that dropped the connection. Written on raw TCP
/// because Kestrel answers pings by itself.</summary>
public sealed class DeafSocketServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private readonly Task _accepting;
    private int _accepted;

    public DeafSocketServer()
    {
        _listener.Start();
        _accepting = AcceptLoopAsync();
    }

    public Uri Url => new($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/link");

    public int Accepted => Volatile.Read(ref _accepted);

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients)
        {
            _clients.ForEach(c => c.Dispose());
        }

        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            lock (_clients)
            {
                _clients.Add(client);
            }

            _ = ServeAsync(client.GetStream());
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                // The bot gave up before its handshake was whole: reading on would return nothing, at full speed, forever.
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var key = request.ToString().Split("\r\n").First(l => l.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))[18..].Trim();
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"), _stop.Token);

        var hello = Encoding.UTF8.GetBytes("""{"type":"hello","num_connections":1}""");
        await stream.WriteAsync((byte[])[0x81, (byte)hello.Length, .. hello], _stop.Token);
        Interlocked.Increment(ref _accepted);

        // Swallow the bot's PINGs and never answer.
        while (await stream.ReadAsync(buffer, _stop.Token) > 0)
        {
        }
    }
}
