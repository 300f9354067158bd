using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using TalksBot.Discord;
using TalksBot.Slack;
using TalksBot.State;

namespace TalksBot.Hosting.Operations;

/// <summary><c>GET /healthz</c> (the process serves HTTP), <c>GET /readyz</c> (every health check: data
/// loaded, each configured platform connected, Redis reachable when configured, not shutting down) and <c>GET /metrics</c> (Prometheus text).</summary>
internal static class OperationsEndpoints
{
    public const string HealthPath = "/healthz";
    public const string ReadyPath = "/readyz";
    public const string MetricsPath = "/metrics";

    /// <summary>Meters exported at <c>/metrics</c>: the bot's, each adapter's, ASP.NET Core's request metrics, and the
    /// runtime's (GC heap and committed memory, working set), which show whether memory that grows is managed.</summary>
    private static readonly string[] Meters =
        [BotMetrics.MeterName, DiscordServiceCollectionExtensions.MeterName, SlackServiceCollectionExtensions.MeterName, StateServiceCollectionExtensions.MeterName, "Microsoft.AspNetCore.Hosting", "System.Runtime"];

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DataHealthCheck>("data")
            .AddCheck<StoppingHealthCheck>("lifetime");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(HealthPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        return endpoints;
    }
}
