namespace TalksBot.Discord.Tests.Hosting;

public sealed class ArchitectureTests
{
    [Fact]
    public void Discord_ReferencesCoreButNeverSlack()
    {
        var referenced = typeof(DiscordOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("TalksBot.Core", referenced);
        // Shared state reaches the adapter through Core's interfaces (IDeliveryLedger); Redis stays in TalksBot.State.
        Assert.DoesNotContain(referenced, n => n is "TalksBot.State" or "StackExchange.Redis");
        Assert.DoesNotContain(referenced, n => n is not null && n.StartsWith("TalksBot.Slack", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n is "TalksBot" or "TalksBot.Transport");
    }

    /// <summary>Adapters → Delivery → Core: the shared retry and backoff come from TalksBot.Delivery, and
    /// Delivery in turn knows no adapter (asserted in TalksBot.Delivery.Tests).</summary>
    [Fact]
    public void Discord_TakesItsResilienceFromDelivery()
    {
        var referenced = typeof(DiscordOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        var delivery = typeof(TalksBot.Delivery.Resilience.HttpRetryPipeline).Assembly;

        Assert.Contains("TalksBot.Delivery", referenced);
        Assert.DoesNotContain(delivery.GetReferencedAssemblies(), a => a.Name is not null && (a.Name.StartsWith("TalksBot.Discord", StringComparison.Ordinal) || a.Name.StartsWith("TalksBot.Slack", StringComparison.Ordinal)));
    }
}
