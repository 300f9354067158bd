namespace TalksBot.Slack.SocketMode;

/// <summary>Socket Mode deadlines (notes/slack.md §4.4–4.5).</summary>
internal sealed record SocketModeTimings
{
    /// <summary>How long a new socket may take to connect and say hello.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a retired socket keeps serving while Slack moves traffic to the new one
    /// (Slack's <c>warning</c> comes about 10 s before it closes the socket).</summary>
    public TimeSpan RetireGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>No frame at all for this long and the socket is refreshed (new one first).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>WebSocket PING cadence; with <see cref="KeepAliveTimeout"/> the runtime aborts a socket whose PONGs stop.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
