using Microsoft.Extensions.Logging.Abstractions;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;
using TalksBot.TestKit;

namespace TalksBot.Semantic.Tests;

/// <summary>"quit" right after the start: the host's stop waits for the model load under way, so the process never exits
/// while ONNX Runtime is inside its native load (that exit had crashed the console chat now and then).</summary>
public sealed class SemanticWarmupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talksbot-warmup-").FullName;

    [Fact]
    public async Task AStopRightAfterTheStart_WaitsForTheModelLoad()
    {
        using var embedder = new MiniLmEmbedder(Path.Combine(_folder, "cache.bin"), NullLogger<MiniLmEmbedder>.Instance);
        var warmup = new SemanticWarmup(new SemanticSearch(embedder, NullLogger<SemanticSearch>.Instance), embedder,
            new KnowledgeStore(TestCore.Knowledge), TimeProvider.System);

        await warmup.StartAsync(CancellationToken.None);
        await warmup.StopAsync(CancellationToken.None);

        Assert.True(embedder.ModelLoadFinished);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
