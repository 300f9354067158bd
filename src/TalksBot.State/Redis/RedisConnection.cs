using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>The one connection to Redis. It is opened in the background and never fails start: while
/// Redis is unreachable the multiplexer keeps reconnecting by itself and callers use their fallback.</summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Task<ConnectionMultiplexer> _connecting;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public RedisConnection(IOptions<StateOptions> options, TimeProvider time)
    {
        _timeout = options.Value.OperationTimeout;
        _time = time;
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "talksbot";
        _connecting = ConnectionMultiplexer.ConnectAsync(configuration);
    }

    /// <summary>Runs <paramref name="operation"/> when Redis is reachable, waiting at most the operation timeout
    /// for the first connection (so that what arrives right after start is not all handled in memory) and
    /// for the answer. Not answered when Redis is unreachable, failed or was too slow.</summary>
    public async Task<(bool Answered, T? Value)> RunAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (!_connecting.IsCompleted)
        {
            await ((Task)_connecting).WaitAsync(_timeout, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (!TryGetDatabase(out var database))
        {
            return (false, default);
        }

        var running = operation(database);
        try
        {
            return (true, await running.WaitAsync(_timeout, _time, cancellationToken));
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            // A late answer is observed so that its failure is not left unobserved.
            _ = running.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            return (false, default);
        }
    }

    /// <summary>The database when the connection is up now.</summary>
    public bool TryGetDatabase(out IDatabase database)
    {
        if (_connecting.IsCompletedSuccessfully && _connecting.Result.IsConnected)
        {
            database = _connecting.Result.GetDatabase();
            return true;
        }

        database = null!;
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var multiplexer = await _connecting;
        }
        catch (RedisException)
        {
            // Never connected: nothing to close.
        }
    }
}
