using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TalksBot.Hosting;

/// <summary>What the host needs to know of a chat platform adapter.</summary>
internal interface IPlatform
{
    /// <summary>True when the adapter's token is configured, so <see cref="Add"/> will turn it on.</summary>
    bool IsOn(IConfiguration configuration);

    /// <summary>Registers the adapter when its token is configured; false when it is off.</summary>
    bool Add(IServiceCollection services, IConfiguration configuration);

    /// <summary>True when the adapter is on and serves HTTP endpoints (so Kestrel must run).</summary>
    bool UsesHttpEndpoint(IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
