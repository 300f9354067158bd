using System.Diagnostics;
using System.Globalization;
using TalksBot.Core.Chat;
using TalksBot.Core.Evaluation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;

namespace TalksBot.Cli;

/// <summary><c>eval questions.jsonl [--misses]</c>: asks every labelled question as a user would
/// (through the router) and prints answered-right, declined-right and verbatim figures, the median and
/// 99th-percentile answer time and the process's resident memory; with
/// <c>--misses</c>, each question scored wrong first, with what the bot replied.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(CommandLine commandLine, ICommandRouter router, IKnowledgeSource knowledge, SemanticSearch semantic, TextWriter output, TextWriter error)
    {
        var path = commandLine.Arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (path is null)
        {
            await error.WriteLineAsync("usage: eval <questions.jsonl> [--misses]");
            return 2;
        }

        List<EvalQuestion> questions;
        try
        {
            using var reader = File.OpenText(path);
            questions = QuestionSet.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await error.WriteLineAsync($"{path}: {e.Message}");
            return 1;
        }

        await semantic.PrepareAsync(knowledge.Current);
        var outcomes = new List<EvalOutcome>(questions.Count);
        var times = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await router.RouteAsync(new ChatMessage(question.Question, "eval"));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            outcomes.Add(ReplyScorer.Score(question, reply, knowledge.Current));
        }

        if (commandLine.HasFlag("--misses"))
        {
            foreach (var miss in outcomes.Where(o => !o.Right || !o.Verbatim))
            {
                var first = miss.Reply.Citations.FirstOrDefault();
                var got = first is null ? miss.Reply.Kind + ": " + miss.Reply.Text : $"{first.Speaker}: {first.Quote}";
                await output.WriteLineAsync($"MISS [{miss.Question.Kind}] {miss.Question.Question}\n     -> {Shorten(got)}");
            }
        }

        await output.WriteLineAsync($"{path}: {questions.Count} questions; {EvalSummary.Of(outcomes)}");
        times.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"answer time per question: median {Percentile(times, 0.5):0.###} ms, p99 {Percentile(times, 0.99):0.###} ms; resident memory {Environment.WorkingSet / (1024 * 1024)} MB"));
        return 0;
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static string Shorten(string text) => text.Length <= 160 ? text.ReplaceLineEndings(" ") : text[..160].ReplaceLineEndings(" ") + "…";
}
