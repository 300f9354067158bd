using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>The one connection to Redis. It is opened in the background and never fails start: while
/// Redis is unreachable the multiplexer keeps reconnecting by itself and callers use their fallback.</summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Task<ConnectionMultiplexer> _connecting;

    public RedisConnection(IOptions<StateOptions> options)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "talksbot";
        _connecting = ConnectionMultiplexer.ConnectAsync(configuration);
    }

    /// <summary>The database, waiting at most <paramref name="timeout"/> for the first connection to be made
    /// (so that the deliveries arriving right after start are not all claimed in memory); null when Redis is
    /// unreachable.</summary>
    public async Task<IDatabase?> WaitForDatabaseAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!_connecting.IsCompleted)
        {
            await ((Task)_connecting).WaitAsync(timeout, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return TryGetDatabase(out var database) ? database : null;
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
