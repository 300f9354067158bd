using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TalksBot.Tests.Operations;

/// <summary>Slack's Web API on 127.0.0.1 for a bot process: auth.test names the bot, chat.postEphemeral is recorded, and chat.postMessage
/// is recorded and answered after <see cref="PostDelay"/>, so that answers are still in flight when a test
/// stops the bot.</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "U0BOT0001";

    private readonly WebApplication _app;

    private FakeSlackApi(WebApplication app) => _app = app;

    public TimeSpan PostDelay { get; init; }

    public ConcurrentQueue<JsonElement> PostsStarted { get; } = new();

    public ConcurrentQueue<JsonElement> PostsAnswered { get; } = new();

    /// <summary>chat.postEphemeral bodies (private replies in a channel).</summary>
    public ConcurrentQueue<JsonElement> Ephemerals { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSlackApi> StartAsync(TimeSpan postDelay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlackApi(app) { PostDelay = postDelay };
        app.MapPost("/api/{method}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/api";
        return fake;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> HandleAsync(string method, HttpContext context)
    {
        if (method == "auth.test")
        {
            return Results.Text($$"""{"ok":true,"team_id":"T0TEAM001","user_id":"{{BotUserId}}","bot_id":"B0BOT0001"}""", "application/json");
        }

        if (method == "chat.postEphemeral")
        {
            Ephemerals.Enqueue((await JsonDocument.ParseAsync(context.Request.Body)).RootElement.Clone());
            return Results.Text("""{"ok":true,"message_ts":"1648555200.000002"}""", "application/json");
        }

        if (method != "chat.postMessage")
        {
            return Results.Text("""{"ok":false,"error":"unknown_method"}""", "application/json");
        }

        var body = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.Clone();
        PostsStarted.Enqueue(body);
        await Task.Delay(PostDelay);
        PostsAnswered.Enqueue(body);
        return Results.Text("""{"ok":true,"channel":"C0CHAN001","ts":"1648555200.000001"}""", "application/json");
    }
}
