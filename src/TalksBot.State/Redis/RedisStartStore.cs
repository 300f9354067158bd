using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TalksBot.Core.Coordination;

namespace TalksBot.State.Redis;

/// <summary>Session starts paced in Redis, in one script run: a bucket's start is a key set for the spacing
/// (<c>PX</c>), so a second instance finds it taken until it expires, and the budget is a counter that expires
/// when the platform resets it. Both run on Redis's clock: instances on several machines agree on it whatever
/// their own clocks say, where a timestamp written by one machine and compared by another would carry their skew.</summary>
internal sealed class RedisStartStore(IOptions<StateOptions> options)
{
    /// <summary>How far a later reset may move before it counts as a new budget window (as in memory).</summary>
    private const long SameWindowMs = 60_000;

    // KEYS: the bucket's key, the budget's. ARGV: spacing, reported remaining, reported reset (ms), same window (ms).
    // Returns {remaining, 0} when started, {-1, wait} when the budget is spent, {-2, wait} when the bucket is busy.
    private const string StartScript = """
        local ttl = redis.call('PTTL', KEYS[2])
        local budget = tonumber(ARGV[2])
        if ttl > 0 and tonumber(ARGV[3]) <= ttl + tonumber(ARGV[4]) then
          budget = math.min(budget, tonumber(redis.call('GET', KEYS[2])))
        else
          ttl = tonumber(ARGV[3])
        end
        if budget <= 0 then return {-1, ttl} end
        local busy = redis.call('PTTL', KEYS[1])
        if busy > 0 then return {-2, busy} end
        redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
        if ttl > 0 then redis.call('SET', KEYS[2], budget - 1, 'PX', ttl) end
        return {budget - 1, 0}
        """;

    public async Task<StartDecision> TryStartAsync(IDatabase database, StartRequest request)
    {
        var prefix = options.Value.KeyPrefix + "start:";
        RedisKey[] keys = [prefix + "bucket:" + request.Bucket.ToString(System.Globalization.CultureInfo.InvariantCulture), prefix + "budget"];
        RedisValue[] args =
        [
            (long)request.Spacing.TotalMilliseconds,
            request.Budget.Remaining,
            (long)request.Budget.ResetAfter.TotalMilliseconds,
            SameWindowMs,
        ];
        var answer = (long[])(await database.ScriptEvaluateAsync(StartScript, keys, args))!;
        return answer[0] switch
        {
            -1 => StartDecision.Spent(TimeSpan.FromMilliseconds(answer[1])),
            -2 => StartDecision.BucketBusy(TimeSpan.FromMilliseconds(answer[1])),
            _ => StartDecision.Taken((int)answer[0]),
        };
    }
}
