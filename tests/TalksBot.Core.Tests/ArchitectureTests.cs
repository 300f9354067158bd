using TalksBot.Core.Chat;

namespace TalksBot.Core.Tests;

public sealed class ArchitectureTests
{
    /// <summary>Core may use the BCL, the Microsoft.Extensions abstractions and options, and the text
    /// machinery of the engine (Lucene.Net analysis, FuzzySharp, AnyAscii) — nothing of any platform or host.</summary>
    private static readonly string[] Allowed =
    [
        "System", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Options", "Microsoft.Extensions.Primitives", "Lucene.Net", "FuzzySharp", "AnyAscii",
    ];

    [Fact]
    public void Core_ReferencesOnlyTheBclAbstractionsAndTextLibraries()
    {
        var referenced = typeof(ICommandRouter).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.All(referenced, name => Assert.Contains(Allowed, allowed => name == allowed || name.StartsWith(allowed + ".", StringComparison.Ordinal)));
        Assert.DoesNotContain(referenced, n => n.StartsWith("TalksBot.", StringComparison.Ordinal));
    }
}
