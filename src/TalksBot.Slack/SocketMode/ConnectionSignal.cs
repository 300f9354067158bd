namespace TalksBot.Slack.SocketMode;

/// <summary>Why a connection wants to be replaced.</summary>
internal sealed record ConnectionSignal(ConnectionSignalKind Kind, string Reason);

internal enum ConnectionSignalKind
{
    /// <summary>Slack asked for a routine refresh (<c>warning</c>, <c>refresh_requested</c>) or the
    /// watchdog saw no traffic: open the replacement first, then retire this one.</summary>
    Refresh,

    /// <summary>Slack sent another disconnect reason (<c>too_many_websockets</c>, <c>link_disabled</c>, …): close, then
    /// back off and reconnect, except after <c>link_disabled</c>.</summary>
    Disconnect,

    /// <summary>The socket closed or failed.</summary>
    Lost,
}
