using TalksBot.Core.Deliveries;
namespace TalksBot.State.Deliveries;

/// <summary>The ledger without Redis: this process only.</summary>
internal sealed class InMemoryLedger(MemoryDeliveryLedger memory, StateMetrics metrics) : IDeliveryLedger
{
    public ValueTask<bool> TryClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var claimed = memory.TryClaim(keys);
        if (!claimed)
        {
            metrics.Deduplicated();
        }

        return ValueTask.FromResult(claimed);
    }

    public ValueTask ReleaseAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        memory.Release(keys);
        return ValueTask.CompletedTask;
    }
}
