using System.Diagnostics.Metrics;

namespace TalksBot.State;

/// <summary>Shared-state instruments, on the meter <see cref="MeterName"/>.</summary>
internal sealed class StateMetrics
{
    public const string MeterName = "TalksBot.State";

    private readonly Counter<long> _deduplicated;
    private readonly Counter<long> _fallbacks;

    public StateMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _deduplicated = meter.CreateCounter<long>("talksbot.deliveries.deduplicated", "{delivery}", "Deliveries dropped because they were already claimed (a platform retry, or a second instance).");
        _fallbacks = meter.CreateCounter<long>("talksbot.state.fallbacks", "{operation}", "Shared-state operations done in this process's memory because Redis was unreachable.");
    }

    public void Deduplicated() => _deduplicated.Add(1);

    public void FellBack() => _fallbacks.Add(1);
}
