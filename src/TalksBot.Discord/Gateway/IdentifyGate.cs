using Microsoft.Extensions.Logging;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

/// <summary>Guards the session start limit for every shard of this process. Identifies are bucketed by
/// <c>shard_id % max_concurrency</c>, and each bucket identifies at most once per 5 s. The budget (<c>total</c> a
/// day, 1000 for most bots; exceeding it resets the bot token) is the lowest of what Discord last said was <c>remaining</c> and what
/// this process has spent since; when none is left, every shard waits for <c>reset_after</c>.</summary>
internal sealed class IdentifyGate(TimeProvider time, ILogger<IdentifyGate> logger)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    /// <summary>How far a later reset may move before it counts as a new budget window rather than the same one.</summary>
    private static readonly TimeSpan SameWindow = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _lastByBucket = [];
    private int _remaining = int.MaxValue;
    private int _total;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Waits until <paramref name="shardId"/> may identify under <paramref name="limit"/> (fresh from
    /// <c>GET /gateway/bot</c>), then counts the identify as spent.</summary>
    public async Task WaitAsync(int shardId, SessionStartLimit limit, CancellationToken cancellationToken)
    {
        var bucket = shardId % Math.Max(1, limit.MaxConcurrency);
        Observe(limit);
        while (true)
        {
            TimeSpan wait;
            bool budgetSpent;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (_remaining <= 0 && now >= _resetAt)
                {
                    _remaining = _total;
                }

                budgetSpent = _remaining <= 0;
                wait = budgetSpent ? _resetAt - now
                    : _lastByBucket.TryGetValue(bucket, out var last) ? last + Spacing - now
                    : TimeSpan.Zero;
                if (wait <= TimeSpan.Zero)
                {
                    _lastByBucket[bucket] = now;
                    _remaining--;
                    Log.IdentifyAllowed(logger, shardId, bucket, _remaining);
                    return;
                }
            }

            if (budgetSpent)
            {
                Log.IdentifyBudgetSpent(logger, shardId, wait.TotalMilliseconds);
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private void Observe(SessionStartLimit limit)
    {
        lock (_lock)
        {
            var resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            _total = limit.Total;

            // Within one window Discord's count may not include identifies this process just sent, and this
            // process does not see other processes' ones: the lower of the two is the safe one.
            _remaining = resetAt > _resetAt + SameWindow ? limit.Remaining : Math.Min(_remaining, limit.Remaining);
            _resetAt = resetAt;
        }
    }
}
