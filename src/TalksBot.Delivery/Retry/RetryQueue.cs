using TalksBot.Delivery.Resilience;

namespace TalksBot.Delivery.Retry;

/// <summary>Keeps what could not be delivered yet and tries it again later, on the injected clock: one lane per
/// ordering key (a channel), whose items go strictly in the order they were kept; each waits the server's hint or
/// a backoff between tries. Bounded by <see cref="RetryQueueLimits"/>: an item past the capacity or the maximum
/// age (or past its own deadline, such as a token that stops working) is given up and reported through <c>onGiveUp</c>. <see cref="FlushAsync"/> (at shutdown) tries each
/// item once more and gives up the rest.</summary>
public sealed class RetryQueue : IDisposable
{
    /// <summary>The least wait between two tries of one item: a "retry after 0" (a limit that ends this very instant) must
    /// not turn the lane into a loop that tries without ever yielding.</summary>
    private static readonly TimeSpan MinimumRetryDelay = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    private readonly RetryQueueLimits _limits;
    private readonly TimeProvider _time;
    private readonly Action<RetryGiveUp> _onGiveUp;
    private readonly ExponentialBackoff _backoff;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Entry>> _lanes = [];
    private readonly List<Task> _drains = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _count;

    public RetryQueue(RetryQueueLimits limits, TimeProvider time, Action<RetryGiveUp> onGiveUp, Func<double>? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.Capacity);
        _limits = limits;
        _time = time;
        _onGiveUp = onGiveUp;
        _backoff = new ExponentialBackoff(limits.FirstDelay ?? TimeSpan.FromSeconds(1), limits.MaxDelay ?? TimeSpan.FromSeconds(30), BackoffJitter.Equal, random);
    }

    /// <summary>Items kept and not yet delivered or given up.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>True while items of <paramref name="key"/> wait, so a new one for that key must queue behind them.</summary>
    public bool IsHolding(string key)
    {
        lock (_gate)
        {
            return _lanes.ContainsKey(key);
        }
    }

    /// <summary>Keeps <paramref name="attempt"/> for a later try, after <paramref name="retryAfter"/> when the
    /// server gave a hint (none: try at once behind the lane, or after a backoff when it just failed). The item is
    /// given up as expired at <paramref name="deadline"/> when that comes before the queue's maximum age. False, and
    /// the item given up, when the queue is full or stopping.</summary>
    public bool Keep(string key, string label, Func<CancellationToken, Task<RetryAttempt>> attempt, TimeSpan? retryAfter, bool justFailed = true, DateTimeOffset? deadline = null)
    {
        var now = _time.GetUtcNow();
        RetryGiveUpReason? refused = null;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                refused = RetryGiveUpReason.Shutdown;
            }
            else if (_count >= _limits.Capacity)
            {
                refused = RetryGiveUpReason.Overflow;
            }
            else
            {
                var pause = retryAfter ?? (justFailed ? _backoff.DelayFor(1) : TimeSpan.Zero);
                var expires = now + _limits.MaxAge;
                var entry = new Entry(label, attempt, now, now + pause, deadline < expires ? deadline.Value : expires) { Tries = justFailed ? 1 : 0 };
                _count++;
                if (_lanes.TryGetValue(key, out var lane))
                {
                    lane.Enqueue(entry);
                }
                else
                {
                    lane = new Queue<Entry>();
                    lane.Enqueue(entry);
                    _lanes[key] = lane;
                    _drains.RemoveAll(static t => t.IsCompleted);
                    _drains.Add(Task.Run(() => DrainAsync(key, lane)));
                }
            }
        }

        if (refused is { } reason)
        {
            _onGiveUp(new RetryGiveUp(key, label, reason, TimeSpan.Zero));
            return false;
        }

        return true;
    }

    /// <summary>Stops the background tries, then tries every kept item once more, lane by lane in order, until
    /// <paramref name="cancellationToken"/> (the shutdown deadline). Returns how many were given up.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        List<Task> drains;
        lock (_gate)
        {
            _stopping.Cancel();
            drains = [.. _drains];
        }

        await Task.WhenAll(drains).ConfigureAwait(false);
        List<KeyValuePair<string, Entry[]>> lanes;
        lock (_gate)
        {
            lanes = [.. _lanes.Select(l => KeyValuePair.Create(l.Key, l.Value.ToArray()))];
            _lanes.Clear();
            _count = 0;
        }

        var lost = await Task.WhenAll(lanes.Select(lane => FlushLaneAsync(lane.Key, lane.Value, cancellationToken))).ConfigureAwait(false);
        return lost.Sum();
    }

    /// <summary>Stops the background tries (what is kept is dropped without a report; <see cref="FlushAsync"/> is the orderly end).</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task<int> FlushLaneAsync(string key, Entry[] entries, CancellationToken cancellationToken)
    {
        var lost = 0;
        foreach (var entry in entries)
        {
            if (_time.GetUtcNow() >= entry.Expires)
            {
                lost++;
                GiveUp(key, entry, RetryGiveUpReason.Expired);
            }
            else if (cancellationToken.IsCancellationRequested || await TryAsync(entry, cancellationToken).ConfigureAwait(false) is not { Outcome: RetryAttemptOutcome.Delivered })
            {
                lost++;
                GiveUp(key, entry, RetryGiveUpReason.Shutdown);
            }
        }

        return lost;
    }

    private async Task DrainAsync(string key, Queue<Entry> lane)
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            Entry entry;
            lock (_gate)
            {
                if (stopping.IsCancellationRequested)
                {
                    return;
                }

                if (!lane.TryPeek(out entry!))
                {
                    _lanes.Remove(key);
                    return;
                }
            }

            var now = _time.GetUtcNow();
            var expires = entry.Expires;
            if (now >= expires)
            {
                Dequeue(lane);
                GiveUp(key, entry, RetryGiveUpReason.Expired);
                continue;
            }

            var wait = (entry.NotBefore < expires ? entry.NotBefore : expires) - now;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    // Timers count whole milliseconds: a shorter wait would fire at once, before the clock reaches the
                    // time waited for, and the lane would loop without yielding (a test clock's Advance never returned).
                    await Task.Delay(wait < MinimumWait ? MinimumWait : wait, _time, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            var result = await TryAsync(entry, stopping).ConfigureAwait(false);
            if (result is null)
            {
                return; // Stopping: FlushAsync takes the lane over.
            }

            switch (result.Value.Outcome)
            {
                case RetryAttemptOutcome.Delivered:
                    Dequeue(lane);
                    break;
                case RetryAttemptOutcome.Refused:
                    Dequeue(lane);
                    GiveUp(key, entry, RetryGiveUpReason.Refused);
                    break;
                default:
                    entry.Tries++;
                    var delay = result.Value.RetryAfter ?? _backoff.DelayFor(entry.Tries);
                    entry.NotBefore = _time.GetUtcNow() + (delay > MinimumRetryDelay ? delay : MinimumRetryDelay);
                    break;
            }
        }
    }

    /// <summary>One try; a failure the attempt did not classify counts as worth another. Null when stopped.</summary>
    private static async Task<RetryAttempt?> TryAsync(Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            return await entry.Attempt(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception)
        {
            return RetryAttempt.Again(null);
        }
    }

    private void Dequeue(Queue<Entry> lane)
    {
        lock (_gate)
        {
            lane.Dequeue();
            _count--;
        }
    }

    private void GiveUp(string key, Entry entry, RetryGiveUpReason reason) =>
        _onGiveUp(new RetryGiveUp(key, entry.Label, reason, _time.GetUtcNow() - entry.KeptAt));

    private sealed class Entry(string label, Func<CancellationToken, Task<RetryAttempt>> attempt, DateTimeOffset keptAt, DateTimeOffset notBefore, DateTimeOffset expires)
    {
        public string Label { get; } = label;

        public Func<CancellationToken, Task<RetryAttempt>> Attempt { get; } = attempt;

        public DateTimeOffset KeptAt { get; } = keptAt;

        public DateTimeOffset Expires { get; } = expires;

        public DateTimeOffset NotBefore { get; set; } = notBefore;

        public int Tries { get; set; }
    }
}
