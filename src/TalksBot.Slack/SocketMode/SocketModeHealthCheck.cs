using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TalksBot.Slack.SocketMode;

/// <summary>Ready while a Socket Mode connection is open; not while reconnecting, nor after Slack disabled Socket Mode.</summary>
internal sealed class SocketModeHealthCheck(SocketModeStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.State switch
        {
            SocketModeState.Connected => HealthCheckResult.Healthy("Socket Mode connected"),
            SocketModeState.Disabled => HealthCheckResult.Unhealthy("Slack disabled Socket Mode for the app (link_disabled)"),
            _ => HealthCheckResult.Unhealthy("Socket Mode connecting"),
        });
}
