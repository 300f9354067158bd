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
}
