using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>Values by key in Redis (JSON, expiring after <paramref name="lifetime"/>), written through to this
/// instance's memory: a value is found in Redis, else in memory (one written while Redis was down, or Redis
/// unreachable now).</summary>
internal sealed class SharedValues<T>(
    RedisFallback redis,
    string keyPrefix,
    TimeSpan lifetime,
    JsonTypeInfo<T> json,
    Action<string, T> remember,
    Func<string, T?> recall)
    where T : class
{
    public async ValueTask AddAsync(string key, T value, CancellationToken cancellationToken)
    {
        remember(key, value);
        var text = StoredJson.Write(value, json);
        await redis.WriteAsync(database => database.StringSetAsync(keyPrefix + key, text, lifetime), cancellationToken);
    }

    public async ValueTask<T?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var shared = await redis.RunAsync(async database => await database.StringGetAsync(keyPrefix + key), static () => RedisValue.Null, cancellationToken);
        return StoredJson.Read(shared, json) ?? recall(key);
    }
}
