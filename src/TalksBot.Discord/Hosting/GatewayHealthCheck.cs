using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Gateway;

namespace TalksBot.Discord.Hosting;

/// <summary>Ready when the gateway session is live, or when the gateway is off (interactions endpoint only).</summary>
internal sealed class GatewayHealthCheck(IOptions<DiscordOptions> options, GatewayStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!options.Value.Gateway ? HealthCheckResult.Healthy("gateway off; interactions endpoint only")
            : status.IsConnected ? HealthCheckResult.Healthy("gateway connected")
            : HealthCheckResult.Unhealthy("gateway not connected"));
}
