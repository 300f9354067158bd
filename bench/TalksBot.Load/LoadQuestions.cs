using TalksBot.Core.Evaluation;
using TalksBot.TestKit;

namespace TalksBot.Load;

/// <summary>The questions the load asks: the blind development set's (data, not code), in its order.</summary>
public static class LoadQuestions
{
    public static IReadOnlyList<string> Read()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "TalksBot.Core.Tests", "Evaluation", "dev", "first-blind-set.jsonl");
        using var reader = File.OpenText(path);
        return [.. QuestionSet.Read(reader).Select(q => q.Question)];
    }
}
