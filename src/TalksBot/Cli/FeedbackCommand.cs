using System.Globalization;
using System.Text;
using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;

namespace TalksBot.Cli;

/// <summary><c>feedback</c>: the votes kept so far, per day and the worst questions first;
/// <c>feedback --export</c>: the rated questions as a question set (JSON Lines), worst first.</summary>
internal static class FeedbackCommand
{
    private const int WorstShown = 10;

    public static async Task<int> RunAsync(CommandLine commandLine, IFeedbackStore store, KnowledgeBase knowledge, TextWriter output, TextWriter error)
    {
        if (commandLine.Arguments.Any(a => a != "--export"))
        {
            await error.WriteLineAsync("usage: feedback [--export]");
            return 2;
        }

        var report = FeedbackReport.Build(await store.ReadVotesAsync());
        if (commandLine.HasFlag("--export"))
        {
            foreach (var line in FeedbackExport.Lines(report, knowledge))
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        }

        await output.WriteAsync(Render(report, store.Location));
        return 0;
    }

    private static string Render(FeedbackReport report, string source)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Feedback in {source}: {report.Up + report.Down} vote(s), {report.Up} 👍 and {report.Down} 👎.");
        if (report.Days.Count == 0)
        {
            return text.ToString();
        }

        text.AppendLine().AppendLine("Per day (UTC):");
        foreach (var day in report.Days)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {day.Day:yyyy-MM-dd}  👍 {day.Up,4}  👎 {day.Down,4}");
        }

        var worst = report.Questions.Where(q => q.Down > 0).Take(WorstShown).ToList();
        text.AppendLine().AppendLine(worst.Count == 0 ? "No question has a 👎." : "Worst questions:");
        foreach (var question in worst)
        {
            var reasons = question.Reasons.Count == 0
                ? ""
                : " (" + string.Join(", ", question.Reasons.Select(r => $"{FeedbackReasons.Label(r.Reason).ToLowerInvariant()} {r.Count}")) + ")";
            text.AppendLine(CultureInfo.InvariantCulture, $"  👎 {question.Down,3}  👍 {question.Up,3}  {question.Question}{reasons}");
        }

        return text.ToString();
    }
}
