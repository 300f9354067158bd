namespace TalksBot.Discord.Resilience;

/// <summary>Lets at most <c>limit</c> sends through in any <paramref name="window"/>, waiting (on the
/// injected clock) when the window is full. Used for the global REST limit and gateway sends.</summary>
internal sealed class SlidingWindowLimiter(TimeProvider time, TimeSpan window)
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
