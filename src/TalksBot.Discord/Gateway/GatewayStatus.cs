namespace TalksBot.Discord.Gateway;

/// <summary>Whether the gateway session is live now (after READY or RESUMED, until the connection ends), for readiness.</summary>
internal sealed class GatewayStatus
{
    private volatile bool _connected;

    public bool IsConnected => _connected;

    public void Connected() => _connected = true;

    public void Disconnected() => _connected = false;
}
