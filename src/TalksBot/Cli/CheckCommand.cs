using TalksBot.Core.Knowledge;

namespace TalksBot.Cli;

/// <summary><c>check</c>: the data loaded and validated (the host has done it); report what is there.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(KnowledgeBase knowledge, string dataDirectory, TextWriter output)
    {
        var actors = knowledge.Articles.SelectMany(a => a.Actors).Select(a => a.Id).Distinct().Count();
        await output.WriteLineAsync(
            $"Data OK: {knowledge.Articles.Count} article(s), {knowledge.StatementCount} statements, {actors} actors, "
            + $"{knowledge.Vocabulary.Topics.Count} topics in {dataDirectory}");
        return 0;
    }
}
