using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TalksBot.Discord.Tests.FakeDiscord;

/// <summary>A local Discord on 127.0.0.1 (port 0): <c>GET /api/v10/gateway/bot</c>, a gateway WebSocket at
/// <c>/gateway</c> (and <c>/resume</c>, the resume_gateway_url it hands out), and REST routes under
/// <c>/api/v10/</c> that record every request and answer from a script (429s, 5xx) or with a default.</summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly HashSet<RecordedRequest> _consumed = [];
    private readonly List<ScriptedResponse> _script = [];
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private TaskCompletionSource _requestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _sequence;

    private FakeDiscordServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiBaseUrl => BaseUrl + "api/v10";

    public string GatewayUrl => "ws://" + BaseUrl.Authority + "/gateway";

    public string ResumeGatewayUrl => "ws://" + BaseUrl.Authority + "/resume";

    /// <summary>What <c>session_start_limit.remaining</c> says.</summary>
    public int IdentifiesRemaining { get; set; } = 999;

    /// <summary>What <c>shards</c> (the recommended shard count) says.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>What <c>session_start_limit.max_concurrency</c> says.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>The clock that stamps recorded requests (the test's fake clock).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/resume", server.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public void Script(ScriptedResponse response)
    {
        lock (_lock)
        {
            _script.Add(response);
        }
    }

    public int NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>The next gateway connection, waiting up to 10 s, or <paramref name="patience"/> (a bot process starting).</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? Wait);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>A connection opened since the last one taken, if any, without waiting.</summary>
    public bool TryNextConnection([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FakeGatewayConnection? connection) =>
        _connections.Reader.TryRead(out connection);

    /// <summary>The shard Discord sends a guild's events to: <c>(guild_id &gt;&gt; 22) % shard_count</c>.</summary>
    public static int ShardOf(string guildId, int shardCount) =>
        (int)((ulong.Parse(guildId, System.Globalization.CultureInfo.InvariantCulture) >> 22) % (ulong)shardCount);

    /// <summary>The first recorded request matching <paramref name="match"/> not returned before.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                if (_requests.FirstOrDefault(r => !_consumed.Contains(r) && match(r)) is { } found)
                {
                    _consumed.Add(found);
                    return found;
                }

                arrived = _requestArrived.Task;
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    public Task<RecordedRequest> WaitForRequestAsync(string method, string pathPrefix) =>
        WaitForRequestAsync(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? "", this);
        _connections.Writer.TryWrite(connection);
        await connection.RunAsync(context.RequestAborted);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var path = (string)context.Request.RouteValues["path"]!;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, headers, body, Clock.GetUtcNow());

        ScriptedResponse response;
        lock (_lock)
        {
            var scripted = _script.FirstOrDefault(s => s.Matches(request.Method, path));
            if (scripted is not null)
            {
                _script.Remove(scripted);
            }

            response = scripted ?? DefaultResponse(request);
            _requests.Add(request with { Status = response.Hang ? 0 : response.Status });

            _requestArrived.TrySetResult();
            _requestArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        if (response.Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private ScriptedResponse DefaultResponse(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "gateway/bot") => new(request.Method, "", 200, GatewaySamples.GatewayBot(GatewayUrl, IdentifiesRemaining, RecommendedShards, MaxConcurrency)),
        ("POST", var p) when p.StartsWith("interactions/", StringComparison.Ordinal) => new(request.Method, "", 204),
        ("DELETE", _) => new(request.Method, "", 204),
        ("PUT", _) => new(request.Method, "", 200, "[]"),
        ("POST", var p) when p.StartsWith("channels/", StringComparison.Ordinal) => new(request.Method, "", 200, GatewaySamples.CreatedMessage),
        _ => new(request.Method, "", 200, GatewaySamples.CreatedMessage),
    };
}
