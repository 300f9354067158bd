using System.Collections.Concurrent;
using TalksBot.Core.Chat;

namespace TalksBot.Slack.Tests.Support;

/// <summary>Wraps the router under test and records every message the adapter routed, and the reply.</summary>
public sealed class RecordingRouter(ICommandRouter inner) : ICommandRouter
{
    private readonly ConcurrentQueue<(ChatMessage Message, Reply Reply)> _routed = new();

    public IReadOnlyList<ChatMessage> Messages => [.. _routed.Select(r => r.Message)];

    public IReadOnlyList<Reply> Replies => [.. _routed.Select(r => r.Reply)];

    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var reply = await inner.RouteAsync(message, cancellationToken);
        _routed.Enqueue((message, reply));
        return reply;
    }
}
