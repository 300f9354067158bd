using TalksBot.Core.Evaluation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Semantic;

namespace TalksBot.Cli;

/// <summary><c>fit questions.jsonl …</c>: refits the answer-or-decline parameters on labelled
/// questions and writes them to data/decision.json (<c>--dry-run</c> prints them only).</summary>
internal static class FitCommand
{
    public static async Task<int> RunAsync(CommandLine commandLine, IKnowledgeSource knowledge, SemanticSearch semantic, string dataDirectory, TextWriter output, TextWriter error)
    {
        var paths = commandLine.Arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (paths.Count == 0)
        {
            await error.WriteLineAsync("usage: fit <questions.jsonl> [more.jsonl …] [--dry-run]");
            return 2;
        }

        var questions = new List<EvalQuestion>();
        foreach (var path in paths)
        {
            try
            {
                using var reader = File.OpenText(path);
                questions.AddRange(QuestionSet.Read(reader));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                await error.WriteLineAsync($"{path}: {e.Message}");
                return 1;
            }
        }

        await semantic.PrepareAsync(knowledge.Current);
        var before = DecisionFitter.Score(knowledge.Current, semantic, questions, knowledge.Current.Vocabulary.Decision);
        var (best, score) = DecisionFitter.Fit(knowledge.Current, semantic, questions);
        var json = DecisionFile.Write(best);
        await output.WriteLineAsync($"{questions.Count} questions. Current parameters: {before}");
        await output.WriteLineAsync($"Fitted: {score}");
        await output.WriteAsync(json);
        if (!commandLine.HasFlag("--dry-run"))
        {
            await File.WriteAllTextAsync(Path.Combine(dataDirectory, KnowledgeLoader.DecisionFileName), json);
        }

        return 0;
    }
}
