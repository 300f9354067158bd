using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TalksBot.Core.Chat;
using TalksBot.Slack.Processing;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>At shutdown what was acknowledged is still answered, and what arrives afterwards is refused
/// without an acknowledgement, so that Slack delivers it again (to another instance, or after the restart).</summary>
public sealed class GracefulShutdownTests
{
    private const int EnvelopeNotAckedEvent = 4017;
    private const int AnswerKeptEvent = 4047;
    private const int KeptAnswersLostEvent = 4050;

    [Fact]
    public async Task Shutdown_WithAnAcknowledgedQuestionInFlight_AnswersItBeforeStopping()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var router = new HeldRouter();
        var bot = await BotHost.StartHttpAsync(slack, router);
        using var response = await bot.PostEventAsync(DirectMessage("Ev9001", "who proposed neutrality?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await router.Received.Task.WaitAsync(Eventually.Timeout);

        var stopping = bot.DisposeAsync().AsTask();
        await Task.Delay(300);
        Assert.False(stopping.IsCompleted, "shutdown ended with an acknowledged question unanswered");
        router.Release.SetResult();
        await stopping.WaitAsync(Eventually.Timeout);

        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Shutdown_WithAnAnswerKeptForLater_TriesItOnceMoreBeforeStopping()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeResponse.RateLimited(60), 4)]);
        var bot = await BotHost.StartHttpAsync(slack);
        using var response = await bot.PostEventAsync(DirectMessage("Ev9004", "who proposed neutrality?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueWhileAdvancingAsync(bot.Time, TimeSpan.FromSeconds(5), () => bot.Logs.Entries.Any(e => e.EventId == AnswerKeptEvent), "the answer to be kept");

        await bot.DisposeAsync().AsTask().WaitAsync(Eventually.Timeout);

        Assert.Single(slack.CallsTo("chat.postMessage"), c => c.Status == 200);
        Assert.Contains(bot.Logs.Entries, e => e.EventId == KeptAnswersLostEvent && e.Message.Contains("0 kept answers lost, 1 posted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueClosedForShutdown_HttpDeliveryRefusedWith503()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var bot = await BotHost.StartHttpAsync(slack);

        bot.Services.GetRequiredService<SlackWorkQueue>().Close();
        using var response = await bot.PostEventAsync(DirectMessage("Ev9002", "who proposed neutrality?"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Router.Messages);
    }

    [Fact]
    public async Task QueueClosedForShutdown_SocketModeEnvelopeNotAcknowledged()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var bot = await BotHost.StartSocketModeAsync(slack);
        var socket = await slack.WaitForSocketAsync(0);

        bot.Services.GetRequiredService<SlackWorkQueue>().Close();
        var envelope = await socket.SendEnvelopeAsync("events_api", DirectMessage("Ev9003", "who proposed neutrality?"));
        await Eventually.TrueAsync(() => bot.Logs.Entries.Any(e => e.EventId == EnvelopeNotAckedEvent), "the refusal");

        Assert.False(socket.IsAcked(envelope));
        Assert.Empty(bot.Router.Messages);
    }

    /// <summary>Answers only once released, so that a question is in flight while the test stops the bot.</summary>
    private sealed class HeldRouter : ICommandRouter
    {
        public TaskCompletionSource Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
        {
            Received.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return new Reply(ReplyKind.Answer, "An answer.") { Citations = [FakeRouter.Citation(FakeRouter.Quote)] };
        }
    }
}
