using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalksBot.State.Redis;

/// <summary>Ready when the connection to Redis is up.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.TryGetDatabase(out _)
            ? HealthCheckResult.Healthy("Redis connected")
            : HealthCheckResult.Unhealthy("Redis unreachable; shared state kept in this instance's memory"));
}
