using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>👍/👎 votes and rated answers shared by two instances through one real redis-server.</summary>
public sealed class SharedFeedbackTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = "talksbot-test-" + Guid.NewGuid().ToString("N") + ":";
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.SharedOrOwnAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    /// <summary>A Discord-sized button carries the answer key and statements but not a long question: the instance
    /// serving the click finds it in the rated answers the answering instance shared.</summary>
    [Fact]
    public async Task ClickOnTheOtherInstance_KnowsTheQuestionTheButtonCouldNotCarry()
    {
        await using var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
        await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
        var reply = await first.Router.RouteAsync(new ChatMessage("who proposed neutrality and what did the delegation say about it", "test", "u1"));
        var rating = reply.Rating!;
        var token = RatingToken.From(rating).Encode(40)!;
        Assert.Null(RatingToken.Decode(token)!.Question);

        Assert.NotNull(await second.Recorder.RecordAsync(token, Vote.Down, reason: null, "test", "voter"));

        var vote = Assert.Single(await first.Votes.ReadVotesAsync());
        Assert.Equal(rating.Question, vote.Question);
        Assert.Equal(rating.StatementIds.Take(RatingToken.Decode(token)!.StatementRefs.Count), vote.Statements);
        Assert.Equal(Vote.Down, vote.Vote);
    }

    /// <summary>200 clicks on 50 (answer, user) pairs, each pair's four clicks (a repeated one among them) in
    /// order and alternating between the instances, all pairs at once: one vote per pair, its last.</summary>
    [Fact]
    public async Task ConcurrentVotesFromTwoInstances_EachUserAndAnswerCountedOnceWithTheLastVote()
    {
        await using var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, Instance.PatientRedis);
        await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, Instance.PatientRedis);
        var random = new Random(12);
        var pairs = Enumerable.Range(0, 50).Select(p => Clicks(p, random)).ToList();

        var replaced = await Task.WhenAll(pairs.Select(async clicks =>
        {
            var count = 0;
            for (var i = 0; i < clicks.Count; i++)
            {
                count += await (i % 2 == 0 ? first : second).Votes.RecordAsync(clicks[i]) is null ? 0 : 1;
            }

            return count;
        }));

        Assert.Equal(50 * 3, replaced.Sum());
        foreach (var instance in new[] { first, second })
        {
            var votes = await instance.Votes.ReadVotesAsync();
            Assert.Equal(pairs.Select(c => c[^1]).OrderBy(v => v.Answer), votes.OrderBy(v => v.Answer), VoteComparer.Instance);
        }

        Assert.Empty(first.Fallbacks.GetMeasurementSnapshot());
        Assert.Empty(second.Fallbacks.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Votes_KeptAcrossARestartOfBothInstances_AndReported()
    {
        var clicks = Enumerable.Range(0, 10).SelectMany(p => Clicks(p, new Random(p))).ToList();
        await using (var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix))
        {
            await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
            for (var i = 0; i < clicks.Count; i++)
            {
                await (i % 2 == 0 ? first : second).Votes.RecordAsync(clicks[i]);
            }
        }

        await using var restarted = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
        var votes = await restarted.Votes.ReadVotesAsync();

        var last = clicks.GroupBy(v => v.Answer).Select(g => g.Last()).ToList();
        Assert.Equal(last.OrderBy(v => v.Answer), votes.OrderBy(v => v.Answer), VoteComparer.Instance);
        var report = FeedbackReport.Build(votes);
        Assert.Equal(last.Count(v => v.Vote == Vote.Up), report.Up);
        Assert.Equal(last.Count(v => v.Vote == Vote.Down), report.Down);
        Assert.Contains("Redis", restarted.Votes.Location, StringComparison.Ordinal);
        Assert.False(File.Exists(restarted.VotesFile));
    }

    /// <summary>Votes in an instance's local file (kept before Redis was configured, or during an outage) are merged
    /// into Redis by its first operation there; each replaces only an older vote of the same answer and user.</summary>
    [Fact]
    public async Task VotesInTheLocalFile_MergedIntoRedis_WithoutReplacingNewerVotes()
    {
        var file = Path.Combine(Path.GetTempPath(), "talksbot-merge-" + Guid.NewGuid().ToString("N"), "feedback.jsonl");
        var settings = new Dictionary<string, string?> { ["Feedback:Path"] = file };
        try
        {
            await using (var alone = Instance.Start(redis: null, settings: settings))
            {
                await alone.Votes.RecordAsync(Click("a1", "u1", 1, Vote.Up));
                await alone.Votes.RecordAsync(Click("a2", "u1", 2, Vote.Up));
            }

            await using var other = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
            await other.Votes.RecordAsync(Click("a2", "u1", 3, Vote.Down));
            await using var withFile = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, settings);

            await withFile.Votes.ReadVotesAsync();

            var votes = await other.Votes.ReadVotesAsync();
            Assert.Equal([("a1", Vote.Up), ("a2", Vote.Down)], votes.Select(v => (v.Answer, v.Vote)).OrderBy(v => v.Answer));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    /// <summary>One pair's four clicks in order, a minute apart: a first vote, the same again (a repeated click),
    /// then two more, the last with a reason when it is a 👎.</summary>
    private static List<FeedbackVote> Clicks(int pair, Random random)
    {
        var first = random.Next(2) == 0 ? Vote.Up : Vote.Down;
        var votes = new[] { first, first, Other(first), random.Next(2) == 0 ? Vote.Up : Vote.Down };
        return [.. votes.Select((v, i) => Click("answer" + pair, "user" + (pair % 7), (pair * 10) + i, v) with
        {
            Reason = i == 3 && v == Vote.Down ? FeedbackReasons.All[pair % FeedbackReasons.All.Count] : null,
        })];
    }

    private static Vote Other(Vote vote) => vote == Vote.Up ? Vote.Down : Vote.Up;

    private static FeedbackVote Click(string answer, string user, int minute, Vote vote) =>
        new(Start.AddMinutes(minute), answer, user, vote, null, "question of " + answer, true, ["article/s" + minute], "test");

    private sealed class VoteComparer : IEqualityComparer<FeedbackVote>
    {
        public static readonly VoteComparer Instance = new();

        public bool Equals(FeedbackVote? x, FeedbackVote? y) =>
            x is not null && y is not null && (x with { Statements = [] }) == (y with { Statements = [] }) && x.Statements.SequenceEqual(y.Statements);

        public int GetHashCode(FeedbackVote obj) => obj.Answer.GetHashCode(StringComparison.Ordinal);
    }
}
