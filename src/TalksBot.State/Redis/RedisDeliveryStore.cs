using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>Delivery keys in Redis: claimed all together or not at all, in one script run (so two
/// instances racing for the same delivery cannot both win), each expiring after the delivery lifetime.</summary>
internal sealed class RedisDeliveryStore(RedisConnection connection, IOptions<StateOptions> options)
{
    private const string ClaimScript = """
        for _, key in ipairs(KEYS) do
          if redis.call('EXISTS', key) == 1 then return 0 end
        end
        for _, key in ipairs(KEYS) do
          redis.call('SET', key, '1', 'PX', ARGV[1])
        end
        return 1
        """;

    /// <summary>Null when Redis is unreachable now or did not answer within the operation timeout.</summary>
    public async Task<bool?> TryClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var lifetime = (long)options.Value.DeliveryLifetime.TotalMilliseconds;
        var (answered, result) = await connection.RunAsync(database => database.ScriptEvaluateAsync(ClaimScript, Keys(keys), [lifetime]), cancellationToken);
        return answered ? (int)result! == 1 : null;
    }

    /// <summary>False when Redis is unreachable now or did not answer in time.</summary>
    public async Task<bool> TryReleaseAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        (await connection.RunAsync(database => database.KeyDeleteAsync(Keys(keys)), cancellationToken)).Answered;

    private RedisKey[] Keys(IReadOnlyList<string> keys) =>
        [.. keys.Select(key => (RedisKey)(options.Value.KeyPrefix + "delivery:" + key))];
}
