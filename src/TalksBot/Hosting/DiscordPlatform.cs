using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalksBot.Discord;

namespace TalksBot.Hosting;

internal sealed class DiscordPlatform : IPlatform
{
    public bool IsOn(IConfiguration configuration) => DiscordServiceCollectionExtensions.IsConfigured(configuration);

    public bool Add(IServiceCollection services, IConfiguration configuration) => services.AddDiscord(configuration);

    public bool UsesHttpEndpoint(IConfiguration configuration) => DiscordServiceCollectionExtensions.UsesHttpEndpoint(configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDiscord();
}
