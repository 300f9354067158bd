using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalksBot.Core.Knowledge;

namespace TalksBot.Hosting.Operations;

/// <summary>Ready when the served data holds at least one article.</summary>
internal sealed class DataHealthCheck(IKnowledgeSource knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = knowledge.Current;
        var description = $"{current.Articles.Count} article(s), {current.StatementCount} statements, loaded {current.LoadedAt:u}";
        return Task.FromResult(current.Articles.Count > 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
    }
}
