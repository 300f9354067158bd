using System.Net.WebSockets;
using System.Text.Json;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Gateway;

/// <summary>Shutdown finishes the questions already received, and with <c>Discord:SessionFile</c> closes
/// the gateway so that the next start resumes the session instead of identifying.</summary>
[Collection(ProcessExitCode.Name)]
public sealed class GracefulShutdownTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);
    private const int GatewayReceivedEvent = 3020;

    private readonly string _sessionFile = Path.Combine(Path.GetTempPath(), "talksbot-session-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose() => File.Delete(_sessionFile);

    [Fact]
    public async Task Shutdown_WithAQuestionInFlight_AnswersItBeforeStopping()
    {
        var router = new FakeRouter { Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var (fake, bot, connection) = await ConnectedBot.StartAsync(router);
        await using var fakeLifetime = fake;
        await connection.SendDispatchAsync("MESSAGE_CREATE", GatewaySamples.DirectMessage("who proposed neutrality?"));
        await Eventually.TrueAsync(() => !router.Received.IsEmpty, "the question to reach the router");

        var stopping = bot.DisposeAsync().AsTask();
        await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        Assert.False(stopping.IsCompleted, "shutdown ended with a question still in flight");
        router.Hold.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(fake.Requests, r => r.Method == "POST" && r.Path == $"channels/{GatewaySamples.DmChannelId}/messages");
    }

    [Fact]
    public async Task Restart_WithASessionFile_ClosesWithoutEndingTheSessionAndResumesItAtTheLastSequence()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var first = await BotHost.StartAsync(fake, KeepSession);
        var connection = await fake.NextConnectionAsync();
        await connection.HandshakeAsync();
        await connection.SendDispatchAsync("GUILD_CREATE", $$"""{"id":"{{GatewaySamples.GuildId}}","name":"test"}""");
        await Eventually.TrueAsync(() => first.Logs.Entries.Any(e => e.Id.Id == GatewayReceivedEvent && e.Message.Contains("GUILD_CREATE", StringComparison.Ordinal)), "GUILD_CREATE to be received");
        await first.DisposeAsync();

        Assert.Equal((WebSocketCloseStatus)4000, await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(File.Exists(_sessionFile));
        await using var second = await BotHost.StartAsync(fake, KeepSession);
        var resumed = await second.Time.AdvanceUntilAsync(fake.NextConnectionAsync(), Step);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ReceiveAsync(6)).GetProperty("d");

        Assert.Equal("/resume", resumed.Path);
        Assert.Equal(GatewaySamples.SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal(BotHost.Token, resume.GetProperty("token").GetString());
        Assert.False(File.Exists(_sessionFile), "a saved session is used once");
        Assert.Single(fake.Requests, r => r.Path == "gateway/bot");
    }

    [Fact]
    public async Task SessionFile_IsWrittenWithoutTheToken()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake, KeepSession);
        var connection = await fake.NextConnectionAsync();
        await connection.HandshakeAsync();
        await bot.DisposeAsync();

        var saved = await File.ReadAllTextAsync(_sessionFile);
        Assert.DoesNotContain(BotHost.Token, saved, StringComparison.Ordinal);
        Assert.Equal(GatewaySamples.SessionId, JsonDocument.Parse(saved).RootElement.GetProperty("session_id").GetString());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_sessionFile));
        }
    }

    [Fact]
    public async Task Shutdown_WithoutASessionFile_EndsTheSessionWith1000()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake);
        var connection = await fake.NextConnectionAsync();
        await connection.HandshakeAsync();

        await bot.DisposeAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    private void KeepSession(Dictionary<string, string?> settings) => settings["Discord:SessionFile"] = _sessionFile;
}
