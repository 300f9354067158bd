using Microsoft.Extensions.Hosting;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;

namespace TalksBot.Semantic;

/// <summary>Loads the model and the statement vectors when the host starts, without holding the
/// start up: until they are ready, answers are lexical.</summary>
internal sealed class SemanticWarmup(SemanticSearch semantic, IKnowledgeSource knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = semantic.PrepareAsync(knowledge.Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
