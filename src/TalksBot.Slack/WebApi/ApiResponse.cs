namespace TalksBot.Slack.WebApi;

/// <summary>The fields the bot reads from any Web API response. Slack reports errors as HTTP 200 with
/// <c>ok: false</c>, so <see cref="Ok"/> is what decides success.</summary>
internal sealed record ApiResponse(
    bool Ok,
    string? Error = null,
    string? UserId = null,
    string? BotId = null,
    string? Url = null,
    string? Ts = null)
{
    public static ApiResponse Failed(string error) => new(false, error);
}
