using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>Delivery keys in Redis: claimed all together or not at all, in one script run (so two
/// instances racing for the same delivery cannot both win), each expiring after the delivery lifetime.</summary>
internal sealed class RedisDeliveryStore(IOptions<StateOptions> options)
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

    /// <summary>True when every key was free and is now claimed.</summary>
    public async Task<bool> ClaimAsync(IDatabase database, IReadOnlyList<string> keys)
    {
        var lifetime = (long)options.Value.DeliveryLifetime.TotalMilliseconds;
        return (int)await database.ScriptEvaluateAsync(ClaimScript, Keys(keys), [lifetime]) == 1;
    }

    public Task ReleaseAsync(IDatabase database, IReadOnlyList<string> keys) => database.KeyDeleteAsync(Keys(keys));

    private RedisKey[] Keys(IReadOnlyList<string> keys) =>
        [.. keys.Select(key => (RedisKey)(options.Value.KeyPrefix + "delivery:" + key))];
}
