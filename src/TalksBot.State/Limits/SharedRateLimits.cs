using Microsoft.Extensions.Options;
using TalksBot.Core.Limits;
using TalksBot.State.Redis;

namespace TalksBot.State.Limits;

/// <summary>The limits shared by every instance through Redis; while Redis is unreachable each instance
/// counts in its own memory (so a user spread over N instances may get up to N times the limit then).</summary>
internal sealed class SharedRateLimits(
    RedisFallback redis,
    RedisRateLimitStore store,
    MemoryRateLimits memory,
    IOptions<RateLimitOptions> options,
    StateMetrics metrics) : IRateLimits
{
    public async ValueTask<RateLimitDecision> TryAcquireAsync(string? userId, string? channelId, CancellationToken cancellationToken)
    {
        var scopes = LimitedScope.For(options.Value, userId, channelId);
        if (scopes.Count == 0)
        {
            return RateLimitDecision.Allowed;
        }

        var decision = await redis.RunAsync(database => store.AcquireAsync(database, scopes), () => memory.TryAcquire(scopes), cancellationToken);
        metrics.Limited(decision);
        return decision;
    }
}
