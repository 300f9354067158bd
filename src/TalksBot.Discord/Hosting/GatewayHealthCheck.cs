using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Gateway;

namespace TalksBot.Discord.Hosting;

/// <summary>Ready when every shard this process runs has a live gateway session, or when the gateway is off
/// (interactions endpoint only). The description names the shards that are not live.</summary>
internal sealed class GatewayHealthCheck(IOptions<DiscordOptions> options, GatewayStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Gateway)
        {
            return Task.FromResult(HealthCheckResult.Healthy("gateway off; interactions endpoint only"));
        }

        var shards = status.Shards;
        if (shards.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("gateway not connected: shards not started yet"));
        }

        var data = shards.ToDictionary(shard => "shard " + shard.Key, shard => (object)(shard.Value ? "connected" : "not connected"));
        var down = shards.Where(shard => !shard.Value).Select(shard => shard.Key).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy($"gateway connected: {Names(shards.Select(s => s.Key).ToList())}", data)
            : HealthCheckResult.Unhealthy($"gateway not connected: {Names(down)} down ({shards.Count - down.Count} of {shards.Count} connected)", data: data));
    }

    private static string Names(IReadOnlyList<int> ids) => (ids.Count == 1 ? "shard " : "shards ") + string.Join(", ", ids);
}
