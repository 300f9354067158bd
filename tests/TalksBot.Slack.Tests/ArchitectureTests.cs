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
}
