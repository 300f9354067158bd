using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.TestKit;

/// <summary>Real feedback over the repository's data: a JSON Lines file in a temporary folder (made by the
/// first vote, deleted on dispose), the answers this "instance" remembers, and a rating router. <see cref="Restart"/> starts a
/// new instance on the same file, as a restarted process would.</summary>
public sealed class FeedbackFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talksbot-feedback-" + Guid.NewGuid().ToString("N"));

    public FeedbackFixture(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Options = Microsoft.Extensions.Options.Options.Create(new FeedbackOptions { Path = Path.Combine(_folder, "feedback.jsonl") });
        Knowledge = new KnowledgeStore(TestCore.Knowledge);
        Restart();
    }

    public TimeProvider Time { get; }

    public IOptions<FeedbackOptions> Options { get; }

    public string FilePath => Options.Value.Path;

    public KnowledgeStore Knowledge { get; }

    public JsonLinesFeedbackStore Store { get; private set; } = null!;

    public RatingRegistry Registry { get; private set; } = null!;

    public FeedbackRecorder Recorder { get; private set; } = null!;

    public ICommandRouter Router { get; private set; } = null!;

    /// <summary>A new store, registry, recorder and router on the same file: what survives is only what was written.</summary>
    public void Restart()
    {
        // Votes take their time from Time; the store waits for a busy file on the real clock.
        Store = new JsonLinesFeedbackStore(Options, TimeProvider.System, NullLogger<JsonLinesFeedbackStore>.Instance);
        Registry = new RatingRegistry(new InMemoryRatedAnswerStore(Options));
        Recorder = new FeedbackRecorder(Store, Knowledge, Registry, Time, NullLogger<FeedbackRecorder>.Instance);
        var chat = new ChatOptions();
        var router = new CommandRouter(new QueryEngine(Knowledge), Knowledge, new FollowUpStore(Time, chat.FollowUpCapacity, chat.FollowUpLifetime),
            new Core.Conversation.ConversationStore(Time, chat.ConversationCapacity, chat.ConversationSilence, chat.ConversationTurns),
            new Core.Conversation.FollowUpResolver(Knowledge), Microsoft.Extensions.Options.Options.Create(chat), NullLogger<CommandRouter>.Instance);
        Router = new RatingRouter(router, Knowledge, Registry);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
