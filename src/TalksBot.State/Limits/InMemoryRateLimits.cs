using Microsoft.Extensions.Options;
using TalksBot.Core.Limits;

namespace TalksBot.State.Limits;

/// <summary>The limits without Redis: this process only.</summary>
internal sealed class InMemoryRateLimits(MemoryRateLimits memory, IOptions<RateLimitOptions> options, StateMetrics metrics) : IRateLimits
{
    public ValueTask<RateLimitDecision> TryAcquireAsync(string? userId, string? channelId, CancellationToken cancellationToken)
    {
        var decision = memory.TryAcquire(LimitedScope.For(options.Value, userId, channelId));
        metrics.Limited(decision);
        return ValueTask.FromResult(decision);
    }
}
