using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>The one connection to Redis. It is opened in the background and never fails start: while
/// Redis is unreachable the multiplexer keeps reconnecting by itself and callers use their fallback.</summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Task<ConnectionMultiplexer> _connecting;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _breaker;
    private readonly CircuitBreakerStateProvider _breakerState = new();

    public RedisConnection(IOptions<StateOptions> options, TimeProvider time, RedisOutage outage)
    {
        var settings = options.Value;
        _timeout = settings.OperationTimeout;
        _time = time;
        _breaker = new ResiliencePipelineBuilder { TimeProvider = time }.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = settings.BreakMinimumCalls,
            SamplingDuration = settings.BreakSamplingDuration,
            BreakDuration = settings.BreakDuration,
            ShouldHandle = new PredicateBuilder().Handle<TimeoutException>().Handle<RedisException>(),
            StateProvider = _breakerState,
            OnOpened = args =>
            {
                outage.Broke(args.BreakDuration);
                return ValueTask.CompletedTask;
            },
        }).Build();
        var configuration = ConfigurationOptions.Parse(settings.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "talksbot";
        _connecting = ConnectionMultiplexer.ConnectAsync(configuration);
    }

    /// <summary>Runs <paramref name="operation"/> when Redis is reachable, waiting at most the operation timeout
    /// for the first connection (so that what arrives right after start is not all handled in memory) and
    /// for the answer. Not answered when Redis is unreachable, failed or was too slow, or at once while the
    /// breaker is open: after failures or timeouts on half or more of <c>Redis:BreakMinimumCalls</c> calls,
    /// nothing is sent for <c>Redis:BreakDuration</c>, then one call tries again.</summary>
    public async Task<(bool Answered, T? Value)> RunAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await _breaker.ExecuteAsync(static (state, token) => state.Connection.AttemptAsync(state.Operation, token), (Connection: this, Operation: operation), cancellationToken);
        }
        catch (Exception error) when (error is RedisException or TimeoutException or BrokenCircuitException)
        {
            return (false, default);
        }
    }

    /// <summary>One call: not answered (without counting as a failure) when the connection is known to be down;
    /// a failure or a timeout throws, for the breaker to count.</summary>
    private async ValueTask<(bool Answered, T? Value)> AttemptAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (!_connecting.IsCompleted)
        {
            await ((Task)_connecting).WaitAsync(_timeout, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!_connecting.IsCompleted)
            {
                throw new TimeoutException("Redis did not connect within the operation timeout");
            }
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
            throw;
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            // The client cancelled the call itself (it tore down a connection that stopped answering): a failure
            // of Redis, not the caller's cancellation.
            throw new TimeoutException("Redis call cancelled by the client", error);
        }
    }

    /// <summary>True while the breaker sends nothing to Redis (it was too slow or failing), connected or not.</summary>
    public bool IsBroken => _breakerState.CircuitState is CircuitState.Open or CircuitState.Isolated;

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
