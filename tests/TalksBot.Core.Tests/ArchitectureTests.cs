using TalksBot.Core.Chat;

namespace TalksBot.Core.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Core_ReferencesNoPlatformOrHosting()
    {
        var referenced = typeof(ICommandRouter).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(referenced, n => n.StartsWith("TalksBot.", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal));
    }
}
