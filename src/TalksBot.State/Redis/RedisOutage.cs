using Microsoft.Extensions.Logging;

namespace TalksBot.State.Redis;

/// <summary>Whether shared state is in its in-memory fallback: one warning when Redis first fails (whichever
/// feature noticed), one line when it answers again, and every operation done in memory meanwhile counted.</summary>
internal sealed class RedisOutage(StateMetrics metrics, ILogger<RedisOutage> logger)
{
    private int _degraded;

    public void FellBack()
    {
        metrics.FellBack();
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            Log.RedisUnreachable(logger);
        }
    }

    public void Answered()
    {
        if (Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            Log.RedisBack(logger);
        }
    }

    /// <summary>The breaker opened: every operation goes to memory without asking Redis for <paramref name="duration"/>.</summary>
    public void Broke(TimeSpan duration)
    {
        metrics.Broke();
        Log.RedisBreak(logger, duration.TotalMilliseconds);
    }
}
