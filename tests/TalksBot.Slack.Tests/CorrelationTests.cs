using Microsoft.Extensions.Logging;
using TalksBot.Core.Chat;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using TalksBot.TestKit;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

/// <summary>A question's log lines, from the adapter through Core's router to the delivered reply, share
/// one CorrelationId scope (the event id), and no line at Information or above holds the question or a secret.</summary>
public sealed class CorrelationTests
{
    private const int RoutedEvent = 1001;
    private const int AnsweredEvent = 4040;

    [Fact]
    public async Task Mention_RouterAndReplyLinesCarryTheEventId_AndNoInformationLineHoldsTheQuestionOrASecret()
    {
        const string question = "who said this is not a ceasefire?";
        var logs = new ListLoggerProvider();
        using var routerLogs = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var slack = await FakeSlackServer.StartAsync();
        await using var bot = await BotHost.StartAsync(
            BotHost.Settings(slack, http: true),
            TestCore.CreateRouter(logger: routerLogs.CreateLogger<CommandRouter>()),
            logs: logs);

        await bot.PostEventAsync(AppMention("EvCorr0001", Mention(question)));
        await bot.PostEventAsync(DirectMessage("EvCorr0002", question));
        await Eventually.TrueAsync(() => logs.Entries.Count(e => e.EventId == AnsweredEvent) >= 2, "both answers");

        foreach (var eventId in new[] { "EvCorr0001", "EvCorr0002" })
        {
            var lines = logs.Entries.Where(e => e.Scope.TryGetValue("CorrelationId", out var id) && eventId.Equals(id)).ToList();
            Assert.Single(lines, e => e.EventId == RoutedEvent);
            Assert.Single(lines, e => e.EventId == AnsweredEvent);
            Assert.All(lines, e => Assert.Equal("slack", e.Scope["Surface"]));
        }

        Assert.Single(slack.CallsTo("chat.postMessage"), c => c.Body.Contains("ceasefire", StringComparison.OrdinalIgnoreCase) && c.Field("thread_ts") == "1515449522.000016");
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Information && (
            e.Message.Contains("ceasefire", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains(BotHost.BotToken, StringComparison.Ordinal)
            || e.Message.Contains(BotHost.SigningSecret, StringComparison.Ordinal)));
    }
}
