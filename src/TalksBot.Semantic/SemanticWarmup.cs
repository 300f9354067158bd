using Microsoft.Extensions.Hosting;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;

namespace TalksBot.Semantic;

/// <summary>Loads the model and the statement vectors when the host starts, side by side and without
/// holding the start up: until the vectors are ready, answers are lexical, and the first question
/// that needs the model does not wait for it to load.</summary>
internal sealed class SemanticWarmup(SemanticSearch semantic, MiniLmEmbedder embedder, IKnowledgeSource knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = semantic.PrepareAsync(knowledge.Current);
        _ = Task.Run(embedder.LoadModel, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
