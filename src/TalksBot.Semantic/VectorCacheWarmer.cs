using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Loading;
using TalksBot.Core.Semantic;

namespace TalksBot.Semantic;

/// <summary>After <c>ingest</c> writes an article: embeds the statements the vector cache lacks, so the
/// bot's next start or reload finds them ready. Does nothing when <c>Semantic:Enabled</c> is false.</summary>
public static class VectorCacheWarmer
{
    /// <returns>A line for the user saying what was done, or null when the semantic stage is off.</returns>
    public static async Task<string?> WarmAsync(IConfiguration configuration, string dataDirectory, ILoggerFactory loggers)
    {
        var options = configuration.GetSection(SemanticOptions.SectionName).Get<SemanticOptions>() ?? new SemanticOptions();
        if (!options.Enabled)
        {
            return null;
        }

        var knowledge = KnowledgeLoader.Load(dataDirectory, TimeProvider.System);
        using var embedder = new MiniLmEmbedder(Path.Combine(dataDirectory, options.CacheFile), loggers.CreateLogger<MiniLmEmbedder>());
        await new SemanticSearch(embedder, loggers.CreateLogger<SemanticSearch>()).PrepareAsync(knowledge);
        return $"Statement vectors are up to date for {knowledge.StatementCount} statements.";
    }
}
