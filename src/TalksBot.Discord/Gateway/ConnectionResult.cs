namespace TalksBot.Discord.Gateway;

internal enum ConnectionEnd
{
    /// <summary>Reconnect and resume the session (op 7, op 9 true, a resumable close, a drop, a zombie).</summary>
    Resume,

    /// <summary>Reconnect and identify again (op 9 false, 4007, 4009).</summary>
    NewSession,

    /// <summary>Stop: reconnecting cannot help (4004, 4010–4014).</summary>
    Fatal,

    /// <summary>The host is shutting down.</summary>
    Stopped,
}

/// <summary>How one gateway connection ended; <see cref="Established"/> when it got READY or RESUMED.</summary>
internal sealed record ConnectionResult(ConnectionEnd End, bool Established, int? CloseCode = null)
{
    public static ConnectionResult Failed { get; } = new(ConnectionEnd.Resume, false);
}
