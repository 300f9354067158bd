namespace TalksBot.Slack.SocketMode;

internal enum SocketModeState
{
    /// <summary>Opening the first connection, or a replacement after one was lost.</summary>
    Connecting,

    /// <summary>A connection said hello and receives events.</summary>
    Connected,

    /// <summary>Slack sent <c>link_disabled</c>: Socket Mode is off for the app; the bot no longer reconnects.</summary>
    Disabled,
}
