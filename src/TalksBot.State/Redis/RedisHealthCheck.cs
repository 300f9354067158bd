using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalksBot.State.Redis;

/// <summary>Ready when the connection to Redis is up and answering (the breaker closed).</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !connection.TryGetDatabase(out _) ? HealthCheckResult.Unhealthy("Redis unreachable; shared state kept in this instance's memory")
            : connection.IsBroken ? HealthCheckResult.Unhealthy("Redis too slow or failing; shared state kept in this instance's memory until it answers")
            : HealthCheckResult.Healthy("Redis connected"));
}
