using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalksBot.Slack;

namespace TalksBot.Hosting;

internal sealed class SlackPlatform : IPlatform
{
    public bool IsOn(IConfiguration configuration) => SlackServiceCollectionExtensions.IsEnabled(configuration);

    public bool Add(IServiceCollection services, IConfiguration configuration) => services.AddSlack(configuration);

    public bool UsesHttpEndpoint(IConfiguration configuration) => SlackServiceCollectionExtensions.UsesHttpEndpoint(configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSlack();
}
