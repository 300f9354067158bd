using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Semantic;

namespace TalksBot.Semantic;

public static class SemanticServiceCollectionExtensions
{
    /// <summary>Registers the MiniLM embedder (unless <c>Semantic:Enabled</c> is false) with its
    /// vector cache in <paramref name="dataDirectory"/>, warms it up when the host starts, and trims the native
    /// heap the model's runs leave behind once a minute (<see cref="NativeHeapTrim"/>).</summary>
    public static IServiceCollection AddTalksBotSemantic(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(SemanticOptions.SectionName).Get<SemanticOptions>() ?? new SemanticOptions();
        if (!options.Enabled)
        {
            return services;
        }

        var cacheFile = Path.Combine(dataDirectory, options.CacheFile);
        services.AddSingleton(sp => new MiniLmEmbedder(cacheFile, sp.GetRequiredService<ILogger<MiniLmEmbedder>>()));
        services.AddSingleton<ISentenceEmbedder>(sp => sp.GetRequiredService<MiniLmEmbedder>());
        services.AddHostedService<SemanticWarmup>();
        services.AddHostedService(sp => new NativeHeapTrim(sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<NativeHeapTrim>>()));
        return services;
    }
}
