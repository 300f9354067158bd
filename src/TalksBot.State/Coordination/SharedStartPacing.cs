using TalksBot.Core.Coordination;
using TalksBot.State.Redis;

namespace TalksBot.State.Coordination;

/// <summary>Session starts paced for every instance through Redis. While Redis is unreachable (or its breaker
/// is open) each instance paces its own starts in memory (one warning per outage, every such start counted in
/// <c>talksbot.state.fallbacks</c>); two instances may then start in one bucket within its spacing. Starts
/// taken in Redis are remembered here too, so that pacing in memory goes on from them.</summary>
internal sealed class SharedStartPacing(RedisFallback redis, RedisStartStore store, MemoryStartPacing memory) : IStartPacing
{
    public ValueTask<StartDecision> TryStartAsync(StartRequest request, CancellationToken cancellationToken) =>
        new(redis.RunAsync(
            async database =>
            {
                var decision = await store.TryStartAsync(database, request);
                if (decision.Started)
                {
                    memory.Remember(request, decision.Remaining);
                }

                return decision;
            },
            () => memory.TryStartAsync(request, cancellationToken),
            cancellationToken));
}
