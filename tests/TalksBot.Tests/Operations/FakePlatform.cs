using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalksBot.Hosting;

namespace TalksBot.Tests.Operations;

/// <summary>A platform that is always on, serves no HTTP endpoint of its own, and reports itself connected
/// or not as the test says, through the same health-check registration the real adapters use.</summary>
internal sealed class FakePlatform : IPlatform, IHealthCheck
{
    public const string CheckName = "fake";

    public volatile bool Connected;

    public bool IsOn(IConfiguration configuration) => true;

    public bool Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck(CheckName, this);
        return true;
    }

    public bool UsesHttpEndpoint(IConfiguration configuration) => false;

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Connected ? HealthCheckResult.Healthy("connected") : HealthCheckResult.Unhealthy("not connected"));
}
