using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>Delivery keys in Redis: claimed all together or not at all, in one script run (so two
/// instances racing for the same delivery cannot both win), each expiring after the delivery lifetime.</summary>
internal sealed class RedisDeliveryStore(RedisConnection connection, IOptions<StateOptions> options, TimeProvider time)
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
        if (await connection.WaitForDatabaseAsync(options.Value.OperationTimeout, time, cancellationToken) is not { } database)
        {
            return null;
        }

        var lifetime = (long)options.Value.DeliveryLifetime.TotalMilliseconds;
        var (answered, result) = await RunAsync(database.ScriptEvaluateAsync(ClaimScript, Keys(keys), [lifetime]), cancellationToken);
        return answered ? (int)result! == 1 : null;
    }

    /// <summary>False when Redis is unreachable now or did not answer in time.</summary>
    public async Task<bool> TryReleaseAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        connection.TryGetDatabase(out var database)
        && (await RunAsync(database.KeyDeleteAsync(Keys(keys)), cancellationToken)).Answered;

    private RedisKey[] Keys(IReadOnlyList<string> keys) =>
        [.. keys.Select(key => (RedisKey)(options.Value.KeyPrefix + "delivery:" + key))];

    private async Task<(bool Answered, T? Value)> RunAsync<T>(Task<T> operation, CancellationToken cancellationToken)
    {
        try
        {
            return (true, await operation.WaitAsync(options.Value.OperationTimeout, time, cancellationToken));
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            // A late answer is observed so that its failure is not left unobserved.
            _ = operation.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            return (false, default);
        }
    }
}
