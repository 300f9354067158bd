namespace TalksBot.Slack.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Slack_ReferencesCoreButNeverDiscord()
    {
        var referenced = typeof(SlackOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("TalksBot.Core", referenced);
        // Shared state reaches the adapter through Core's interfaces (IDeliveryLedger); Redis stays in TalksBot.State.
        Assert.DoesNotContain(referenced, n => n is "TalksBot.State" or "StackExchange.Redis");
        Assert.DoesNotContain(referenced, n => n.StartsWith("TalksBot.Discord", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n == "TalksBot");
    }

    /// <summary>Adapters → Delivery → Core: the shared retry and backoff come from TalksBot.Delivery, and
    /// Delivery in turn knows no adapter (asserted in TalksBot.Delivery.Tests).</summary>
    [Fact]
    public void Slack_TakesItsResilienceFromDelivery()
    {
        var referenced = typeof(SlackOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        var delivery = typeof(TalksBot.Delivery.Resilience.HttpRetryPipeline).Assembly;

        Assert.Contains("TalksBot.Delivery", referenced);
        Assert.DoesNotContain(delivery.GetReferencedAssemblies(), a => a.Name is not null && (a.Name.StartsWith("TalksBot.Discord", StringComparison.Ordinal) || a.Name.StartsWith("TalksBot.Slack", StringComparison.Ordinal)));
    }
}
