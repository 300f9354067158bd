using StackExchange.Redis;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Evaluation;
using TalksBot.TestKit;

namespace TalksBot.State.Tests;

/// <summary>Conversations and "More quotes" pages shared by two instances through one real redis-server.</summary>
public sealed class SharedConversationTests : IAsyncLifetime
{
    private readonly string _prefix = "talksbot-test-" + Guid.NewGuid().ToString("N") + ":";
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.SharedOrOwnAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    /// <summary>Every development conversation asked with its turns alternating between two instances gets,
    /// turn for turn, the replies one instance alone gives it.</summary>
    [Fact]
    public async Task ConversationsAlternatingBetweenTwoInstances_AnsweredAsByOneInstance()
    {
        await using var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, Instance.PatientRedis);
        await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, Instance.PatientRedis);

        var (shared, alone) = await AskAlternatingAsync(first.Router, second.Router);

        Assert.Equal(alone, shared);
        Assert.Empty(first.Fallbacks.GetMeasurementSnapshot());
        Assert.Empty(second.Fallbacks.GetMeasurementSnapshot());
    }

    /// <summary>The same run without Redis: the second instance does not know the thread, so some follow-up
    /// turn is answered otherwise (what the shared store is for).</summary>
    [Fact]
    public async Task ConversationsAlternatingBetweenTwoInstancesWithoutRedis_SomeFollowUpLosesItsThread()
    {
        await using var first = Instance.Start(redis: null);
        await using var second = Instance.Start(redis: null);

        var (separate, alone) = await AskAlternatingAsync(first.Router, second.Router);

        Assert.NotEqual(alone, separate);
    }

    [Fact]
    public async Task Turns_BoundedToTheLastFew_ExpiringAfterTheSilence_ForgottenOnRequest()
    {
        var settings = new Dictionary<string, string?> { ["Chat:ConversationTurns"] = "3", ["Chat:ConversationSilence"] = "00:20:00" };
        await using var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, settings);
        await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix, settings);
        for (var i = 1; i <= 5; i++)
        {
            await (i % 2 == 0 ? first : second).Conversations.AddAsync("c1", Turn("q" + i));
        }

        await second.Conversations.ReplaceLastAsync("c1", Turn("q5") with { MoreCommand = "more abcdefghij 3" });

        var history = await first.Conversations.HistoryAsync("c1");
        Assert.Equal(["q3", "q4", "q5"], history.Select(t => t.Question));
        Assert.Equal("more abcdefghij 3", history[^1].MoreCommand);
        await using var direct = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
        var ttl = await direct.GetDatabase().KeyTimeToLiveAsync(_prefix + "conversation:c1");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(19), TimeSpan.FromMinutes(20));

        await first.Conversations.ForgetAsync("c1");
        Assert.Empty(await second.Conversations.HistoryAsync("c1"));
    }

    /// <summary>A "More quotes" click served by the other instance shows the next page, with the answer's rating.</summary>
    [Fact]
    public async Task MoreQuotesClickedOnTheOtherInstance_ShowsTheNextPageWithTheSameRating()
    {
        await using var first = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
        await using var second = await Instance.StartConnectedAsync(_redis.Endpoint, _prefix);
        var answer = await first.Router.RouteAsync(new ChatMessage("quotes " + MostQuotedSpeaker(), "test", "u1"));
        Assert.NotNull(answer.More);

        var onSecond = await second.Router.RouteAsync(new ChatMessage(answer.More.Command, "test", "u1"));
        var onFirst = await first.Router.RouteAsync(new ChatMessage(answer.More.Command, "test", "u1"));

        Assert.Equal(ReplyKind.Answer, onSecond.Kind);
        Assert.Equal(answer.Citations.Count + 1, onSecond.FirstCitationNumber);
        Assert.Equal(onFirst.Citations, onSecond.Citations);
        Assert.Equal(answer.Rating!.Key, onSecond.Rating?.Key);
        Assert.Equal(answer.Rating.StatementIds, onSecond.Rating!.StatementIds);
        Assert.DoesNotContain(onSecond.Citations, answer.Citations.Contains);
    }

    [Fact]
    public async Task MoreQuotesClickedOnTheOtherInstanceWithoutRedis_HasExpired()
    {
        await using var first = Instance.Start(redis: null);
        await using var second = Instance.Start(redis: null);
        var answer = await first.Router.RouteAsync(new ChatMessage("quotes " + MostQuotedSpeaker(), "test", "u1"));

        var onSecond = await second.Router.RouteAsync(new ChatMessage(answer.More!.Command, "test", "u1"));

        Assert.Equal(ReplyKind.Error, onSecond.Kind);
        Assert.Empty(onSecond.Citations);
    }

    /// <summary>Each development conversation in its own conversation id, turn i on instance i % 2, and the
    /// same turns asked of one in-memory router alone: what each reply said (kind, text, citations, whether it has more).</summary>
    internal static async Task<(List<string> Shared, List<string> Alone)> AskAlternatingAsync(ICommandRouter first, ICommandRouter second)
    {
        var conversations = DevelopmentConversations();
        var alone = TestCore.CreateRouter();
        var (shared, reference) = (new List<string>(), new List<string>());
        var id = "dev-" + Guid.NewGuid().ToString("N") + "-";
        for (var c = 0; c < conversations.Count; c++)
        {
            for (var t = 0; t < conversations[c].Turns.Count; t++)
            {
                var message = new ChatMessage(conversations[c].Turns[t].Question, "test", "u1", id + c);
                shared.Add(Said(await (t % 2 == 0 ? first : second).RouteAsync(message)));
                reference.Add(Said(await alone.RouteAsync(message)));
            }
        }

        Assert.True(shared.Count >= 40);
        return (shared, reference);
    }

    /// <summary>The labelled development conversations of Core's tests.</summary>
    internal static IReadOnlyList<EvalConversation> DevelopmentConversations()
    {
        using var reader = File.OpenText(Path.Combine(RepositoryPaths.Root, "tests", "TalksBot.Core.Tests", "Evaluation", "dev", "conversations.jsonl"));
        return EvalSet.Read(reader).Conversations;
    }

    /// <summary>The name of the actor with most statements in the data (more than a page of quotes).</summary>
    internal static string MostQuotedSpeaker() => TestCore.Knowledge.Articles
        .SelectMany(a => a.Statements.Select(s => a.Actors.First(actor => actor.Id == s.Speaker).Name))
        .GroupBy(name => name).OrderByDescending(g => g.Count()).First().Key;

    internal static string Said(Reply reply) =>
        $"{reply.Kind} | {reply.Text} | {string.Join(" / ", reply.Citations.Select(c => c.Speaker + ": " + c.Quote))} | more: {reply.More is not null}";

    private static ConversationTurn Turn(string question) => new(question, "A speaker", true, "a topic", [], null);
}
