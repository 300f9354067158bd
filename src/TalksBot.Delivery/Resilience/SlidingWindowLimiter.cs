namespace TalksBot.Delivery.Resilience;

/// <summary>Lets at most <c>limit</c> sends through in any <paramref name="window"/>, waiting (on the
/// injected clock) when the window is full. The limit is per call, so one window can keep slots for a
/// kind of send that others may not take (the gateway keeps three of every 120 for heartbeats).</summary>
/// <remarks>Not System.Threading.RateLimiting's SlidingWindowRateLimiter: its limiters take no
/// <see cref="TimeProvider"/> (dotnet/runtime#106447, still open in 10.0), so fake-clock tests could not drive
/// them, and one such limiter has a single permit limit where this window needs two.</remarks>
public sealed class SlidingWindowLimiter(TimeProvider time, TimeSpan window)
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();

    public async ValueTask WaitAsync(int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.Peek() + window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
