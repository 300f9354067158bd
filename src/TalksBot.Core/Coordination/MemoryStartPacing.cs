namespace TalksBot.Core.Coordination;

/// <summary>Start pacing within this process: the last start of each bucket, and the budget as the lowest of
/// what the platform last said was remaining and what this process has spent since (within one budget window
/// the platform's count may not include the starts just made). The default without Redis, and its fallback.</summary>
public sealed class MemoryStartPacing(TimeProvider time) : IStartPacing
{
    /// <summary>How far a later reset may move before it counts as a new budget window rather than the same one.</summary>
    private static readonly TimeSpan SameWindow = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _lastByBucket = [];
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public ValueTask<StartDecision> TryStartAsync(StartRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Observe(request.Budget, now);
            if (_remaining <= 0)
            {
                return ValueTask.FromResult(StartDecision.Spent(_resetAt - now));
            }

            if (_lastByBucket.TryGetValue(request.Bucket, out var last) && last + request.Spacing > now)
            {
                return ValueTask.FromResult(StartDecision.BucketBusy(last + request.Spacing - now));
            }

            _lastByBucket[request.Bucket] = now;
            _remaining--;
            return ValueTask.FromResult(StartDecision.Taken(_remaining));
        }
    }

    /// <summary>Records a start taken elsewhere (in Redis), so that pacing here goes on from it if Redis fails next.</summary>
    public void Remember(StartRequest request, int remaining)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Observe(request.Budget, now);
            _lastByBucket[request.Bucket] = now;
            _remaining = Math.Min(_remaining, remaining);
        }
    }

    private void Observe(StartBudget budget, DateTimeOffset now)
    {
        var resetAt = now + budget.ResetAfter;
        _remaining = resetAt > _resetAt + SameWindow ? budget.Remaining : Math.Min(_remaining, budget.Remaining);
        _resetAt = resetAt;
    }
}
