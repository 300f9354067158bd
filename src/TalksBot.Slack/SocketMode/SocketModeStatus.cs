namespace TalksBot.Slack.SocketMode;

/// <summary>Whether Socket Mode can receive events now, for readiness checks: connected after a hello,
/// not while reconnecting, and never again after Slack disabled Socket Mode for the app.</summary>
internal sealed class SocketModeStatus
{
    private volatile SocketModeState _state = SocketModeState.Connecting;

    public SocketModeState State => _state;

    public void Connected()
    {
        if (_state != SocketModeState.Disabled)
        {
            _state = SocketModeState.Connected;
        }
    }

    public void Reconnecting()
    {
        if (_state != SocketModeState.Disabled)
        {
            _state = SocketModeState.Connecting;
        }
    }

    public void Disabled() => _state = SocketModeState.Disabled;
}
