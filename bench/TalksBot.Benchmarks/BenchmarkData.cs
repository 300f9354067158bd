using TalksBot.Core.Evaluation;

namespace TalksBot.Benchmarks;

internal static class BenchmarkData
{
    public static string Directory { get; } = Find();

    /// <summary>The single questions (not conversation turns) of the development sets (tests/…/Evaluation/dev), distinct, in file order.</summary>
    public static string[] DevelopmentQuestions()
    {
        var folder = Path.Combine(Directory, "..", "tests", "TalksBot.Core.Tests", "Evaluation", "dev");
        return [.. System.IO.Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(f => EvalSet.Read(File.OpenText(f)).Questions).Select(q => q.Question).Distinct(StringComparer.Ordinal)];
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalksBot.sln")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "data");
    }
}
