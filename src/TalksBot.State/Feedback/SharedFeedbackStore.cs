using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TalksBot.Core.Feedback;
using TalksBot.State.Redis;

namespace TalksBot.State.Feedback;

/// <summary>Votes shared by every instance: one Redis hash field per (answer, user) holding the vote (a later click
/// replaces it, in one script run, so concurrent clicks on two instances never count twice), beside a sorted set of
/// each field's time. No expiry: they last as long as Redis keeps its data. While Redis is unreachable a vote is
/// appended to the local JSON Lines file instead (durable); the file's votes are merged into Redis by the first
/// operation that reaches it again (at start too: votes kept in the file before Redis was configured), each
/// replacing only an older vote of the same (answer, user).</summary>
internal sealed class SharedFeedbackStore(RedisFallback redis, JsonLinesFeedbackStore file, IOptions<StateOptions> state) : IFeedbackStore
{
    // KEYS votes, times; ARGV field, vote, time (ms). Returns the vote it replaces, if any.
    private const string RecordScript = """
        local replaced = redis.call('HGET', KEYS[1], ARGV[1])
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        return replaced
        """;

    // KEYS votes, times; ARGV (field, vote, time (ms)) per vote. A vote replaces only an older one.
    private const string MergeScript = """
        for i = 1, #ARGV, 3 do
          local kept = redis.call('ZSCORE', KEYS[2], ARGV[i])
          if not kept or tonumber(kept) < tonumber(ARGV[i + 2]) then
            redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
            redis.call('ZADD', KEYS[2], ARGV[i + 2], ARGV[i])
          end
        end
        return 1
        """;

    private const int MergeBatch = 200;

    private readonly RedisKey[] _keys = [state.Value.KeyPrefix + "feedback:votes", state.Value.KeyPrefix + "feedback:times"];

    /// <summary>1 while the local file may hold votes Redis lacks.</summary>
    private int _fileToMerge = 1;

    public string Location => $"Redis ({state.Value.KeyPrefix}feedback:votes)";

    public async ValueTask<FeedbackVote?> RecordAsync(FeedbackVote vote, CancellationToken cancellationToken = default)
    {
        var (shared, replaced) = await redis.RunAsync(
            async database => (true, Read((RedisValue)await database.ScriptEvaluateAsync(RecordScript, _keys, Arguments(vote)))),
            async () => (false, await file.RecordAsync(vote, cancellationToken)),
            cancellationToken);
        if (shared)
        {
            await MergeFileAsync(cancellationToken);
        }
        else
        {
            Volatile.Write(ref _fileToMerge, 1);
        }

        return replaced;
    }

    public async ValueTask<IReadOnlyList<FeedbackVote>> ReadVotesAsync(CancellationToken cancellationToken = default)
    {
        await MergeFileAsync(cancellationToken);
        return await redis.RunAsync<IReadOnlyList<FeedbackVote>>(
            async database => [.. (await database.HashGetAllAsync(_keys[0])).Select(entry => Read(entry.Value)).OfType<FeedbackVote>().OrderBy(v => v.Time)],
            () => file.ReadVotesAsync(cancellationToken),
            cancellationToken);
    }

    private async Task MergeFileAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _fileToMerge, 0) == 0)
        {
            return;
        }

        foreach (var batch in (await file.ReadVotesAsync(cancellationToken)).Chunk(MergeBatch))
        {
            RedisValue[] arguments = [.. batch.SelectMany(Arguments)];
            if (!await redis.WriteAsync(database => database.ScriptEvaluateAsync(MergeScript, _keys, arguments), cancellationToken))
            {
                Volatile.Write(ref _fileToMerge, 1);
                return;
            }
        }
    }

    /// <summary>The vote's field (answer and user), the vote as JSON, and its time in milliseconds.</summary>
    private static RedisValue[] Arguments(FeedbackVote vote) =>
        [vote.Answer + ":" + vote.User, StoredJson.Write(vote, StateJsonContext.Default.FeedbackVote), vote.Time.ToUnixTimeMilliseconds()];

    private static FeedbackVote? Read(RedisValue value) => StoredJson.Read(value, StateJsonContext.Default.FeedbackVote);
}
