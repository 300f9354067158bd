using System.Diagnostics.Metrics;
using TalksBot.Core.Limits;

namespace TalksBot.State;

/// <summary>Shared-state instruments, on the meter <see cref="MeterName"/>.</summary>
internal sealed class StateMetrics
{
    public const string MeterName = "TalksBot.State";

    private readonly Counter<long> _deduplicated;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _limited;
    private readonly Counter<long> _breaks;

    public StateMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _deduplicated = meter.CreateCounter<long>("talksbot.deliveries.deduplicated", "{delivery}", "Deliveries dropped because they were already claimed (a platform retry, or a second instance).");
        _limited = meter.CreateCounter<long>("talksbot.questions.rate_limited", "{question}", "Questions not answered because their user or channel reached its rate limit (label scope).");
        _fallbacks = meter.CreateCounter<long>("talksbot.state.fallbacks", "{operation}", "Shared-state operations done in this process's memory because Redis was unreachable, too slow, or its breaker open.");
        _breaks = meter.CreateCounter<long>("talksbot.state.breaks", "{break}", "Times the Redis breaker opened: shared state went straight to memory for Redis:BreakDuration.");
    }

    public void Deduplicated() => _deduplicated.Add(1);

    public void FellBack() => _fallbacks.Add(1);

    public void Broke() => _breaks.Add(1);

    public void Limited(RateLimitDecision decision)
    {
        if (decision.Exceeded is { } scope)
        {
            _limited.Add(1, new KeyValuePair<string, object?>("scope", scope == RateLimitScope.User ? "user" : "channel"));
        }
    }
}
