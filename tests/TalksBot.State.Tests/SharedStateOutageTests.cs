using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Chat;
using TalksBot.Core.Evaluation;
using TalksBot.Core.Feedback;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>Conversations, pages and votes while the redis-server two instances share is stopped and started
/// again (a server of the test's own, without persistence: it comes back empty).</summary>
public sealed class SharedStateOutageTests
{
    [Fact]
    public async Task RedisStoppedMidConversation_AnswersGoOnInMemoryWithOneWarning_ThenSharedAgain()
    {
        await using var redis = await RedisServer.StartOwnAsync();
        await using var first = await Instance.StartConnectedAsync(redis.Endpoint, "talksbot-test:");
        await using var second = await Instance.StartConnectedAsync(redis.Endpoint, "talksbot-test:");
        var turns = FirstConversationWithAFollowUp();
        var alone = TestCore.CreateRouter();
        var answered = await AskAsync(first, alone, "before", turns[0]);

        await redis.StopAsync();
        await first.UntilRedisAsync(HealthStatus.Unhealthy);

        // The thread this instance served goes on from its memory, exactly as one instance alone answers it.
        var followUp = await AskAsync(first, alone, "before", turns[1]);
        Assert.Equal(followUp.Expected, followUp.Actual);
        Assert.NotEqual(Said(await alone.RouteAsync(new ChatMessage(turns[1].Question, "test", "u1"))), followUp.Actual);
        var quotes = await first.Router.RouteAsync(new ChatMessage("quotes " + SharedConversationTests.MostQuotedSpeaker(), "test", "u1"));
        var page = await first.Router.RouteAsync(new ChatMessage(quotes.More!.Command, "test", "u1"));
        Assert.Equal(quotes.Citations.Count + 1, page.FirstCitationNumber);
        Assert.Equal(quotes.Rating!.Key, page.Rating?.Key);
        var outageVote = RatingToken.From(answered.Reply.Rating!).Encode(100)!;
        Assert.NotNull(await first.Recorder.RecordAsync(outageVote, Vote.Up, reason: null, "test", "voter-during"));
        Assert.True(File.Exists(first.VotesFile));
        Assert.Single(first.Logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.True(first.Fallbacks.GetMeasurementSnapshot().Count >= 5);

        await redis.StartAsync();
        await first.UntilRedisAsync(HealthStatus.Healthy);
        await second.UntilRedisAsync(HealthStatus.Healthy);

        // Back in Redis: the vote kept in the file during the outage is merged by the next vote, and a thread
        // started on one instance is followed on the other again.
        Assert.NotNull(await first.Recorder.RecordAsync(RatingToken.From(quotes.Rating).Encode(100)!, Vote.Down, reason: null, "test", "voter-after"));
        var votes = await second.Votes.ReadVotesAsync();
        Assert.Equal([(answered.Reply.Rating!.Key, Vote.Up), (quotes.Rating.Key, Vote.Down)], votes.Select(v => (v.Answer, v.Vote)));
        await AskAsync(second, alone, "after", turns[0]);
        var sharedFollowUp = await AskAsync(first, alone, "after", turns[1]);
        Assert.Equal(sharedFollowUp.Expected, sharedFollowUp.Actual);
        Assert.Single(first.Logs.Lines, l => l.Id.Id == 7001);
        Assert.Single(first.Logs.Lines, l => l.Level == LogLevel.Warning);
    }

    /// <summary>Asks a turn in a conversation of <paramref name="instance"/> and of the one router alone; both replies' text and citations.</summary>
    private static async Task<(Reply Reply, string Expected, string Actual)> AskAsync(Instance instance, ICommandRouter alone, string conversation, EvalQuestion turn)
    {
        var message = new ChatMessage(turn.Question, "test", "u1", conversation);
        var reply = await instance.Router.RouteAsync(message);
        return (reply, Said(await alone.RouteAsync(message)), Said(reply));
    }

    private static string Said(Reply reply) => SharedConversationTests.Said(reply);

    private static IReadOnlyList<EvalQuestion> FirstConversationWithAFollowUp() =>
        SharedConversationTests.DevelopmentConversations().First(c => c.Turns.Count > 1 && c.Turns[1].FollowUp).Turns;
}
