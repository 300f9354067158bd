namespace TalksBot.Discord.Tests.Hosting;

public sealed class ArchitectureTests
{
    [Fact]
    public void Discord_ReferencesCoreButNeverSlack()
    {
        var referenced = typeof(DiscordOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("TalksBot.Core", referenced);
        Assert.DoesNotContain(referenced, n => n is not null && n.StartsWith("TalksBot.Slack", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n is "TalksBot" or "TalksBot.Transport");
    }
}
