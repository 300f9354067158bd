using System.Diagnostics;
using System.Diagnostics.Metrics;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Feedback;

namespace TalksBot.Hosting.Operations;

/// <summary>The executable's own instruments, on the meter <see cref="MeterName"/>: replies by kind (an
/// answered question is <c>kind="answer"</c>, a declined one <c>kind="no_answer"</c>), how long the router
/// took, data reloads, and the entries this process holds in its bounded in-memory stores (with Redis
/// configured, each still keeps a local copy for a Redis outage).</summary>
internal sealed class BotMetrics
{
    public const string MeterName = "TalksBot";

    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _replies;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _reloads;

    public BotMetrics(IMeterFactory meters, ConversationStore conversations, FollowUpStore followUps, InMemoryRatedAnswerStore ratedAnswers)
    {
        var meter = meters.Create(MeterName);
        _replies = meter.CreateCounter<long>("talksbot.replies", "{reply}", "Replies by kind: answer (a question answered), no_answer (declined), list, help, error.");
        _duration = meter.CreateHistogram("talksbot.reply.duration", "s", "Time from a message reaching the router to its reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _reloads = meter.CreateCounter<long>("talksbot.data.reloads", "{reload}", "Data reloads: applied, or not_applied after a file change (refused, unreadable or unchanged; the log says which).");
        meter.CreateObservableGauge(
            "talksbot.memory.entries",
            () => new[]
            {
                new Measurement<int>(conversations.Count, new KeyValuePair<string, object?>("store", "conversations")),
                new Measurement<int>(followUps.Count, new KeyValuePair<string, object?>("store", "follow_ups")),
                new Measurement<int>(ratedAnswers.Count, new KeyValuePair<string, object?>("store", "rated_answers")),
            },
            "{entry}",
            "Entries in this process's bounded in-memory stores: conversations (Chat:ConversationCapacity), \"More quotes\" answers (Chat:FollowUpCapacity) and rated answers (Feedback:RememberedAnswers).");
    }

    public void Replied(ReplyKind kind, string surface, TimeSpan elapsed)
    {
        var tags = new TagList { { "kind", KindName(kind) }, { "surface", surface } };
        _replies.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    public void Reloaded(bool applied) => _reloads.Add(1, new KeyValuePair<string, object?>("result", applied ? "applied" : "not_applied"));

    private static string KindName(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => "answer",
        ReplyKind.NoAnswer => "no_answer",
        ReplyKind.List => "list",
        ReplyKind.Help => "help",
        _ => "error",
    };
}
