using Microsoft.Extensions.Hosting;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;

namespace TalksBot.Semantic;

/// <summary>Loads the model and the statement vectors when the host starts, side by side and without
/// holding the start up: until the vectors are ready, answers are lexical, and the first question
/// that needs the model does not wait for it to load. A stop waits a little for a load still under way: a process
/// that exits while ONNX Runtime is inside its native load can crash instead of exiting cleanly ("quit" right away).</summary>
internal sealed class SemanticWarmup(SemanticSearch semantic, MiniLmEmbedder embedder, IKnowledgeSource knowledge, TimeProvider time) : IHostedService
{
    private static readonly TimeSpan LoadWaitOnStop = TimeSpan.FromSeconds(10);

    private Task _loading = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loading = Task.WhenAll(semantic.PrepareAsync(knowledge.Current), Task.Run(embedder.LoadModel, CancellationToken.None));
        return Task.CompletedTask;
    }

    /// <remarks>The load's own failures are logged where they happen (the bot answers lexically then); here only its end counts.</remarks>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAny(_loading, Task.Delay(LoadWaitOnStop, time, cancellationToken));
}
