using TalksBot.Core.Evaluation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Semantic;

namespace TalksBot.Cli;

/// <summary><c>fit questions.jsonl[=data-folder] …</c>: refits the answer-or-decline model on labelled
/// questions (each set about the bot's data, or about the data folder named after "=") and writes
/// it to data/decision.json (<c>--dry-run</c> prints it only).</summary>
internal static class FitCommand
{
    public static async Task<int> RunAsync(CommandLine commandLine, IKnowledgeSource knowledge, SemanticSearch semantic, string dataDirectory, TextWriter output, TextWriter error)
    {
        var sets = commandLine.Arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (sets.Count == 0)
        {
            await error.WriteLineAsync("usage: fit <questions.jsonl>[=<data folder>] … [--dry-run]");
            return 2;
        }

        var cases = new List<DecisionFitter.Case>();
        foreach (var set in sets)
        {
            var (path, data) = set.Split('=', 2) is [var p, var d] ? (p, d) : (set, null);
            try
            {
                using var reader = File.OpenText(path);
                var loaded = data is null ? knowledge.Current : KnowledgeLoader.Load(data, TimeProvider.System);
                await semantic.PrepareAsync(loaded);
                cases.Add(new DecisionFitter.Case(loaded, QuestionSet.Read(reader)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DataValidationException)
            {
                await error.WriteLineAsync($"{set}: {e.Message}");
                return 1;
            }
        }

        var current = knowledge.Current.Vocabulary.Decision;
        var before = DecisionFitter.Score(cases, semantic, current);
        var (best, score) = DecisionFitter.Fit(cases, semantic, current);
        var json = DecisionFile.Write(best);
        await output.WriteLineAsync($"{cases.Sum(c => c.Questions.Count)} questions. Current model: {before}");
        await output.WriteLineAsync($"Fitted: {score}");
        await output.WriteAsync(json);
        if (!commandLine.HasFlag("--dry-run"))
        {
            await File.WriteAllTextAsync(Path.Combine(dataDirectory, KnowledgeLoader.DecisionFileName), json);
        }

        return 0;
    }
}
