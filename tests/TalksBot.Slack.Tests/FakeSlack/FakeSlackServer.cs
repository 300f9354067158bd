using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

using TalksBot.Slack.Tests.Support;

namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>A local Slack on 127.0.0.1: the Web API as <c>POST /api/{method}</c> (records every call
/// with its token header; answers are scriptable per method), response_url endpoints under
/// <c>/hooks/</c> (scriptable together as <see cref="ResponseUrls"/>), and a Socket Mode WebSocket at <c>/link</c> that <c>apps.connections.open</c> points to.</summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotUserId = "UBOT0001";
    public const string BotId = "BBOT0001";

    /// <summary>The name under which answers for every response_url are scripted.</summary>
    public const string ResponseUrls = "response_url";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripts = new(StringComparer.Ordinal);
    private readonly List<FakeSocket> _sockets = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _tickets;
    private int _ts;

    private FakeSlackServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUrl, "api").ToString();

    /// <summary>When false, new sockets get no hello until the test sends one.</summary>
    public bool SendHelloOnConnect { get; set; } = true;

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public IReadOnlyList<FakeSocket> Sockets
    {
        get
        {
            lock (_sockets)
            {
                return [.. _sockets];
            }
        }
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = Loopback.CreateBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", server.WebApiAsync);
        app.MapPost("/hooks/{id}", server.ResponseUrlAsync);
        app.Map("/link", server.SocketAsync);
        await app.StartAsync();
        server.BaseUrl = Loopback.Address(app);
        return server;
    }

    /// <summary>Queues answers for the next calls of <paramref name="method"/>; afterwards the defaults apply again.</summary>
    public void Script(string method, params FakeResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(method, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>Drops the answers still queued for <paramref name="method"/>: the defaults apply again at once.</summary>
    public void ClearScript(string method)
    {
        if (_scripts.TryGetValue(method, out var queue))
        {
            queue.Clear();
        }
    }

    public IReadOnlyList<RecordedCall> CallsToResponseUrl(string responseUrl) => CallsTo("hooks/" + responseUrl.Split('/')[^1]);

    public string NewResponseUrl() => new Uri(BaseUrl, "hooks/" + Guid.NewGuid().ToString("N")).ToString();

    public async Task<FakeSocket> WaitForSocketAsync(int index)
    {
        await Eventually.TrueAsync(() => Sockets.Count > index, $"socket #{index} to be opened");
        var socket = Sockets[index];
        if (SendHelloOnConnect)
        {
            await socket.HelloSent.WaitAsync(Eventually.Timeout);
        }

        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task WebApiAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var response = _scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted) ? scripted : Default(method);
        _calls.Enqueue(new RecordedCall(method, context.Request.Headers.Authorization, context.Request.ContentType, body, response.Status));
        await AnswerAsync(context, response);
    }

    private static async Task AnswerAsync(HttpContext context, FakeResponse response)
    {
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, context.RequestAborted);
        }

        if (response.Dropped)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Body);
    }

    private FakeResponse Default(string method) => method switch
    {
        "auth.test" => FakeResponse.Ok($$"""{"ok":true,"url":"https://fake.slack.com/","team":"Fake","user":"talksbot","team_id":"T123ABC456","user_id":"{{BotUserId}}","bot_id":"{{BotId}}"}"""),
        "apps.connections.open" => FakeResponse.Ok($$"""{"ok":true,"url":"ws://{{BaseUrl.Authority}}/link/?ticket={{Interlocked.Increment(ref _tickets)}}&app_id={{SlackPayloads.AppId}}"}"""),
        "chat.postMessage" => FakeResponse.Ok($$"""{"ok":true,"channel":"C1","ts":"1648555200.{{Interlocked.Increment(ref _ts):D6}}"}"""),
        "chat.postEphemeral" => FakeResponse.Ok("""{"ok":true,"message_ts":"1648555200.000001"}"""),
        "assistant.threads.setSuggestedPrompts" or "assistant.threads.setStatus" => FakeResponse.Ok("""{"ok":true}"""),
        _ => FakeResponse.Error("unknown_method"),
    };

    private async Task ResponseUrlAsync(HttpContext context, string id)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var response = _scripts.TryGetValue(ResponseUrls, out var queue) && queue.TryDequeue(out var scripted) ? scripted : FakeResponse.Ok("""{"ok":true}""");
        _calls.Enqueue(new RecordedCall("hooks/" + id, context.Request.Headers.Authorization, context.Request.ContentType, body, response.Status));
        await AnswerAsync(context, response);
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        FakeSocket socket;
        lock (_sockets)
        {
            socket = new FakeSocket(_sockets.Count, webSocket);
            _sockets.Add(socket);
        }

        var running = socket.RunAsync(_stopping.Token);
        if (SendHelloOnConnect)
        {
            await socket.SendHelloAsync(Sockets.Count(s => !s.Closed.IsCompleted));
        }

        await running;
    }
}
