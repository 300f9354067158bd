namespace TalksBot.Discord.Gateway;

/// <summary>What survives a reconnect: the session to resume, where to resume it, the last sequence
/// number and the bot's own user id.</summary>
internal sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; set; }

    public string BotUserId { get; private set; } = "";

    public int? Sequence => Volatile.Read(ref _sequence) is var s and >= 0 ? s : null;

    public bool CanResume => SessionId is not null;

    public void Observe(int sequence) => Volatile.Write(ref _sequence, sequence);

    public void Start(string sessionId, Uri? resumeUrl, string botUserId)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        BotUserId = botUserId;
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
