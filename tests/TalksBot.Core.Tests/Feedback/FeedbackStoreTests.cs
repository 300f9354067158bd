using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Feedback;

/// <summary>Votes kept in the JSON Lines file: one per user and answer, none lost or counted twice
/// across a restart, a torn last line, or many clicks at once.</summary>
public sealed class FeedbackStoreTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly FeedbackFixture _feedback;

    public FeedbackStoreTests() => _feedback = new FeedbackFixture(_time);

    public void Dispose() => _feedback.Dispose();

    [Fact]
    public async Task Votes_AcrossARestart_NoneLostNoneCountedTwice()
    {
        var first = await RatedAsync("who proposed neutrality");
        var second = await RatedAsync("what did kirby say");

        await ClickAsync(first, Vote.Up, "alice");
        await ClickAsync(first, Vote.Up, "bob");
        await ClickAsync(first, Vote.Down, "alice");
        await ClickAsync(second, Vote.Up, "alice");
        _feedback.Restart();
        await ClickAsync(first, Vote.Up, "bob");
        var changed = await ClickAsync(second, Vote.Down, "alice");
        await ClickAsync(second, Vote.Up, "carol");
        _feedback.Restart();

        var votes = await _feedback.Store.ReadVotesAsync();
        Assert.Equal(4, votes.Count);
        Assert.Equal(Vote.Down, Single(votes, first, "alice").Vote);
        Assert.Equal(Vote.Up, Single(votes, first, "bob").Vote);
        Assert.Equal(Vote.Down, Single(votes, second, "alice").Vote);
        Assert.Equal(Vote.Up, Single(votes, second, "carol").Vote);
        Assert.StartsWith("Changed your rating to 👎", changed!.Text, StringComparison.Ordinal);
        Assert.Equal(7, File.ReadAllLines(_feedback.FilePath).Length);
    }

    [Fact]
    public async Task Vote_KeepsQuestionStatementsPlatformTimeAndReason_ButNotTheUserId()
    {
        var rated = await RatedAsync("who proposed neutrality");

        await _feedback.Recorder.RecordAsync(Token(rated), Vote.Down, FeedbackReason.WrongPerson, "slack", "U061F7AUR");

        var vote = Assert.Single(await _feedback.Store.ReadVotesAsync());
        Assert.Equal("who proposed neutrality", vote.Question);
        Assert.Equal(rated.StatementIds, vote.Statements);
        Assert.NotEmpty(vote.Statements);
        Assert.All(vote.Statements, id => Assert.Contains('/', id));
        Assert.Equal("slack", vote.Platform);
        Assert.Equal(_time.GetUtcNow(), vote.Time);
        Assert.Equal(FeedbackReason.WrongPerson, vote.Reason);
        Assert.True(vote.Answered);
        Assert.DoesNotContain("U061F7AUR", File.ReadAllText(_feedback.FilePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TornLastLine_IsSkipped_AndTheNextVoteStartsItsOwnLine()
    {
        var rated = await RatedAsync("who proposed neutrality");
        await ClickAsync(rated, Vote.Up, "alice");
        await File.AppendAllTextAsync(_feedback.FilePath, "{\"time\":\"2026-12-06T09:00:00+00:00\",\"answer\":\"k3f");
        _feedback.Restart();

        await ClickAsync(rated, Vote.Up, "bob");

        Assert.Equal(2, (await _feedback.Store.ReadVotesAsync()).Count);
        Assert.Equal(3, File.ReadAllLines(_feedback.FilePath).Length);
    }

    [Fact]
    public async Task ManyClicksAtOnce_EachKeptOnce()
    {
        var rated = await RatedAsync("who proposed neutrality");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => await ClickAsync(rated, i % 3 == 0 ? Vote.Down : Vote.Up, "user" + i))));
        _feedback.Restart();

        var votes = await _feedback.Store.ReadVotesAsync();
        Assert.Equal(200, votes.Count);
        Assert.Equal(67, votes.Count(v => v.Vote == Vote.Down));
    }

    [Fact]
    public async Task TwoInstancesSharingTheFile_SeeEachOthersVotes_AndCountEachOnce()
    {
        var rated = await RatedAsync("who proposed neutrality");
        var other = new JsonLinesFeedbackStore(_feedback.Options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<JsonLinesFeedbackStore>.Instance);
        var user = FeedbackRecorder.UserKey("test", "alice");

        await ClickAsync(rated, Vote.Up, "alice");
        var replaced = await other.RecordAsync(new FeedbackVote(_time.GetUtcNow().AddSeconds(5), rated.Key, user, Vote.Down, null, "who proposed neutrality", true, rated.StatementIds, "test"));
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            var store = i % 2 == 0 ? _feedback.Store : other;
            await store.RecordAsync(new FeedbackVote(_time.GetUtcNow(), rated.Key, "user" + i, Vote.Up, null, null, true, [], "test"));
        })));

        Assert.Equal(Vote.Up, replaced?.Vote);
        var fromOne = await _feedback.Store.ReadVotesAsync();
        var fromOther = await other.ReadVotesAsync();
        Assert.Equal(101, fromOne.Count);
        Assert.Equal(Keys(fromOne), Keys(fromOther));
        Assert.Equal(Vote.Down, Assert.Single(fromOne, v => v.User == user).Vote);
        Assert.Equal(102, File.ReadAllLines(_feedback.FilePath).Length);
    }

    [Fact]
    public async Task ClickServedByAnotherInstance_StatementsAndShortQuestionComeFromTheButton()
    {
        var rated = await RatedAsync("who proposed neutrality");
        var token = RatingToken.From(rated).Encode(94)!;
        _feedback.Restart();

        await _feedback.Recorder.RecordAsync(token, Vote.Up, null, "discord", "42");

        var vote = Assert.Single(await _feedback.Store.ReadVotesAsync());
        Assert.Equal("who proposed neutrality", vote.Question);
        Assert.Equal(rated.StatementIds, vote.Statements);
    }

    [Fact]
    public async Task LongQuestion_TooBigForTheButton_ComesFromTheAnsweringInstance()
    {
        const string question = "what exactly did the ukrainian delegation propose about neutrality and security guarantees";
        var rated = await RatedAsync(question);
        var token = RatingToken.From(rated).Encode(94)!;
        Assert.Null(RatingToken.Decode(token)!.Question);

        await _feedback.Recorder.RecordAsync(token, Vote.Up, null, "discord", "42");

        Assert.Equal(question, Assert.Single(await _feedback.Store.ReadVotesAsync()).Question);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData("abcdefghil|1||q")]
    [InlineData("k3f9x2mz7q|2||q")]
    [InlineData("k3f9x2mz7q|1|short|q")]
    public async Task ForeignToken_NotRecorded(string token)
    {
        Assert.Null(await _feedback.Recorder.RecordAsync(token, Vote.Up, null, "discord", "42"));
        Assert.False(File.Exists(_feedback.FilePath));
    }

    private static List<(string, string, Vote)> Keys(IEnumerable<FeedbackVote> votes) =>
        [.. votes.Select(v => (v.Answer, v.User, v.Vote)).Order()];

    private static FeedbackVote Single(IReadOnlyList<FeedbackVote> votes, RatedAnswer answer, string user) =>
        Assert.Single(votes, v => v.Answer == answer.Key && v.User == FeedbackRecorder.UserKey("test", user));

    private async Task<RatedAnswer> RatedAsync(string question) =>
        (await _feedback.Router.RouteAsync(new ChatMessage(question, "test"))).Rating!;

    private async Task<FeedbackAck?> ClickAsync(RatedAnswer answer, Vote vote, string user)
    {
        _time.Advance(TimeSpan.FromSeconds(1));
        return await _feedback.Recorder.RecordAsync(Token(answer), vote, null, "test", user);
    }

    private static string Token(RatedAnswer answer) => RatingToken.From(answer).Encode(int.MaxValue)!;
}
