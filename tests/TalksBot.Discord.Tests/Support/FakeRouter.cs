using System.Collections.Concurrent;
using TalksBot.Core.Chat;

namespace TalksBot.Discord.Tests.Support;

/// <summary>A stand-in for Core's router: records what it was asked and answers from <see cref="Answer"/>,
/// or from <see cref="Inner"/> (the real router) when set; while <see cref="Hold"/> is set it waits for it
/// first (a slow router).</summary>
public sealed class FakeRouter : ICommandRouter
{
    public ConcurrentQueue<ChatMessage> Received { get; } = new();

    public Func<ChatMessage, Reply> Answer { get; set; } = SampleReplies.For;

    public TaskCompletionSource? Hold { get; set; }

    public ICommandRouter? Inner { get; init; }

    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(message);
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return Inner is null ? Answer(message) : await Inner.RouteAsync(message, cancellationToken);
    }
}
