using System.Reflection;
using TalksBot.Delivery.Resilience;

namespace TalksBot.Delivery.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Delivery = typeof(HttpRetryPipeline).Assembly;

    /// <summary>Adapters → Delivery → Core: what both adapters share may know Core, never an adapter, the
    /// shared state or the executable.</summary>
    [Fact]
    public void Delivery_ReferencesNoAdapterNorStateNorTheExecutable()
    {
        var referenced = Delivery.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("Polly.Core", referenced);
        Assert.DoesNotContain(referenced, n => n.StartsWith("TalksBot", StringComparison.Ordinal) && n != "TalksBot.Core");
    }

    /// <summary>One place that knows no opcode: no type of it is named after a platform or its protocol.</summary>
    [Fact]
    public void Delivery_NamesNoPlatformNorProtocolPart()
    {
        string[] words = ["Discord", "Slack", "Gateway", "Envelope", "Opcode", "SocketMode", "Interaction"];

        var named = Delivery.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .Select(t => t.FullName ?? t.Name)
            .Where(n => words.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.Empty(named);
    }
}
