using System.Diagnostics;
using System.Globalization;
using TalksBot.Core.Chat;
using TalksBot.Core.Evaluation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;

namespace TalksBot.Cli;

/// <summary><c>eval questions.jsonl [--misses]</c>: asks every labelled question as a user would
/// (through the router) and prints answered-right, declined-right and verbatim figures, the median and
/// 99th-percentile answer time and the process's resident memory; the turns of a labelled conversation
/// (<c>{"turns":[…]}</c>) are asked in one conversation and counted the same way, with follow-up turns
/// and turns that name their own subject reported apart. With <c>--misses</c>, each question or turn
/// scored wrong first, with what the bot replied; with <c>--slowest</c>, the ten slowest questions and their times.</summary>
internal static class EvalCommand
{
    private const int SlowestShown = 10;

    public static async Task<int> RunAsync(CommandLine commandLine, ICommandRouter router, IKnowledgeSource knowledge, SemanticSearch semantic, TextWriter output, TextWriter error)
    {
        var path = commandLine.Arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (path is null)
        {
            await error.WriteLineAsync("usage: eval <questions.jsonl> [--misses] [--slowest]");
            return 2;
        }

        EvalSet set;
        try
        {
            using var reader = File.OpenText(path);
            set = EvalSet.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await error.WriteLineAsync($"{path}: {e.Message}");
            return 1;
        }

        await semantic.PrepareAsync(knowledge.Current);

        // Timed as a running server answers, whose start loads the model: the one-off costs of a first
        // question (loading the model, compiling the query path) are paid before the clock starts, by a
        // question made from the data, in a conversation of its own.
        await semantic.LoadModelAsync();
        if (WarmUpQuestion(knowledge.Current) is { } warmUp)
        {
            await router.RouteAsync(new ChatMessage(warmUp, "eval", ConversationId: "eval-warm-up"));
        }

        var outcomes = new List<EvalOutcome>(set.Questions.Count);
        var times = new List<double>(set.Questions.Count);
        foreach (var question in set.Questions)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await router.RouteAsync(new ChatMessage(question.Question, "eval"));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            outcomes.Add(ReplyScorer.Score(question, reply, knowledge.Current));
        }

        var conversations = new List<IReadOnlyList<TurnOutcome>>(set.Conversations.Count);
        foreach (var conversation in set.Conversations)
        {
            conversations.Add(await ConversationRunner.RunAsync(router, conversation, knowledge.Current, "eval"));
        }

        var misses = commandLine.HasFlag("--misses");
        if (misses)
        {
            foreach (var miss in outcomes.Where(o => !o.Right || !o.Verbatim))
            {
                await output.WriteLineAsync($"MISS [{miss.Question.Kind}] {miss.Question.Question}\n     -> {Shorten(Got(miss.Reply))}");
            }
        }

        if (commandLine.HasFlag("--slowest"))
        {
            foreach (var (time, question) in times.Zip(set.Questions).OrderByDescending(p => p.First).Take(SlowestShown))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"SLOW {time,8:0.0} ms  {question.Question}"));
            }
        }

        if (set.Questions.Count > 0 || set.Conversations.Count == 0)
        {
            await output.WriteLineAsync($"{path}: {set.Questions.Count} questions; {EvalSummary.Of(outcomes)}");
            times.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"answer time per question: median {Percentile(times, 0.5):0.###} ms, p99 {Percentile(times, 0.99):0.###} ms; resident memory {Environment.WorkingSet / (1024 * 1024)} MB"));
        }

        if (set.Conversations.Count > 0)
        {
            if (misses)
            {
                await WriteConversationMissesAsync(conversations, output);
            }

            var turns = conversations.SelectMany(c => c).Select(t => t.Outcome).ToList();
            await output.WriteLineAsync($"{path}: {turns.Count} conversation turns; {EvalSummary.Of(turns)}");
            await output.WriteLineAsync($"{path}: {ConversationSummary.Of(conversations)}");
        }

        return 0;
    }

    private static async Task WriteConversationMissesAsync(List<IReadOnlyList<TurnOutcome>> conversations, TextWriter output)
    {
        foreach (var conversation in conversations.Where(c => c.Any(t => !t.Outcome.Right || !t.Outcome.Verbatim || t.ChangedByContext)))
        {
            await output.WriteLineAsync("CONVERSATION");
            foreach (var turn in conversation)
            {
                var mark = turn.ChangedByContext ? "CHANGED" : turn.Outcome.Right && turn.Outcome.Verbatim ? "ok" : "MISS";
                var kind = turn.Turn.FollowUp ? "follow-up " + turn.Turn.Kind : turn.Turn.Kind;
                await output.WriteLineAsync($"  {mark} [{kind}] {turn.Turn.Question}\n       -> {Shorten(Got(turn.Outcome.Reply))}");
            }
        }
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static string Got(Reply reply) =>
        reply.Citations.FirstOrDefault() is { } first ? $"{first.Speaker}: {first.Quote}" : reply.Kind + ": " + reply.Text;

    private static string Shorten(string text) => text.Length <= 160 ? text.ReplaceLineEndings(" ") : text[..160].ReplaceLineEndings(" ") + "…";

    private static string? WarmUpQuestion(KnowledgeBase knowledge) =>
        knowledge.Articles.SelectMany(a => a.Statements.Select(s => (Statement: s, Speaker: a.Actors.FirstOrDefault(actor => actor.Id == s.Speaker))))
            .Where(p => p.Speaker is not null)
            .Select(p => $"what did {p.Speaker!.Name} say about {p.Statement.Topics.FirstOrDefault() ?? "it"}")
            .FirstOrDefault();
}
