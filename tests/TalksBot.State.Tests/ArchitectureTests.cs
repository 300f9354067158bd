using TalksBot.Core.Deliveries;

namespace TalksBot.State.Tests;

public sealed class ArchitectureTests
{
    /// <summary>State implements Core's interfaces (the ledger, the limits) and knows no platform.</summary>
    [Fact]
    public void State_ReferencesCoreButNoAdapterNorTheExecutable()
    {
        var referenced = typeof(StateOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("TalksBot.Core", referenced);
        Assert.Contains("StackExchange.Redis", referenced);
        Assert.DoesNotContain(referenced, n => n is "TalksBot" or "TalksBot.Slack" or "TalksBot.Discord");
        Assert.Equal("TalksBot.Core", typeof(IDeliveryLedger).Assembly.GetName().Name);
    }
}
