using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>Runs one shared-state operation in Redis, or its in-memory (or local-file) fallback when Redis is
/// unreachable or too slow, and tells <see cref="RedisOutage"/> which happened: one warning per outage, every
/// fallback counted, and back to Redis by itself as soon as it answers.</summary>
internal sealed class RedisFallback(RedisConnection connection, RedisOutage outage)
{
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> shared, Func<ValueTask<T>> local, CancellationToken cancellationToken)
    {
        var (answered, value) = await connection.RunAsync(shared, cancellationToken);
        if (answered)
        {
            outage.Answered();
            return value!;
        }

        outage.FellBack();
        return await local();
    }

    public Task<T> RunAsync<T>(Func<IDatabase, Task<T>> shared, Func<T> local, CancellationToken cancellationToken) =>
        RunAsync(shared, () => ValueTask.FromResult(local()), cancellationToken);

    /// <summary>A write whose local copy was already made (this instance's memory keeps what it writes): true when Redis has it too.</summary>
    public Task<bool> WriteAsync(Func<IDatabase, Task> shared, CancellationToken cancellationToken) =>
        RunAsync(async database =>
        {
            await shared(database);
            return true;
        }, static () => false, cancellationToken);
}
