using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalksBot.Discord.Hosting;

/// <summary>Runs event handling off the gateway receive loop and the HTTP request, and lets shutdown
/// cancel and await whatever is still running. Router work is bounded: at most <see cref="MaxConcurrent"/>
/// run at once; gateway messages beyond that wait in a queue of <see cref="MaxQueued"/> and are dropped
/// (logged) when it is full. Interactions are never dropped: their processing starts at once so that the
/// answer or the defer still goes out within Discord's 3 s, and only their routing waits for a slot.
/// Shutdown lets the work in flight finish (also work the closing gateway still hands over) until the
/// host's shutdown deadline, then cancels what is left.</summary>
internal sealed class BackgroundWork(ILogger<BackgroundWork> logger) : IHostedService, IDisposable
{
    public const int MaxConcurrent = 16;

    public const int MaxQueued = 64;

    /// <summary>After the deadline, how long cancelled work gets to unwind before the host moves on. Real
    /// time on purpose: shutdown must end even when a test's fake clock stands still.</summary>
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, string> _running = new();
    private readonly SemaphoreSlim _slots = new(MaxConcurrent, MaxConcurrent);
    private int _admitted;

    /// <summary>Starts <paramref name="work"/> in a slot, or queues it; drops it when the queue is full.</summary>
    public bool TryStartBounded(string what, Func<CancellationToken, Task> work)
    {
        if (Interlocked.Increment(ref _admitted) > MaxConcurrent + MaxQueued)
        {
            Interlocked.Decrement(ref _admitted);
            Log.BackgroundWorkDropped(logger, what, MaxConcurrent, MaxQueued);
            return false;
        }

        Start(what, async cancellationToken =>
        {
            try
            {
                await RunBoundedAsync(async ct => { await work(ct); return true; }, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _admitted);
            }
        });
        return true;
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool once a slot is free.</summary>
    public async Task<T> RunBoundedAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => work(cancellationToken), cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Start(string what, Func<CancellationToken, Task> work)
    {
        var task = Task.Run(() => work(_stopping.Token));
        _running[task] = what;
        _ = task.ContinueWith(
            done =>
            {
                _running.TryRemove(done, out _);
                if (done.Exception is { } error && !_stopping.IsCancellationRequested)
                {
                    Log.BackgroundWorkFailed(logger, error.GetBaseException(), what);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_running.IsEmpty)
        {
            Log.BackgroundWorkDraining(logger, _running.Count);
        }

        // Failures were logged as they happened; shutdown only waits for the work to end. Work started
        // meanwhile (a message the gateway received before it closed) is waited for too.
        while (!_running.IsEmpty && !cancellationToken.IsCancellationRequested)
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (!_running.IsEmpty)
        {
            Log.BackgroundWorkCancelled(logger, _running.Count);
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_running.Keys).WaitAsync(CancelGrace).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
    }
}
