using Microsoft.Extensions.Primitives;

namespace TalksBot.Slack.Events;

/// <summary>A slash-command invocation, from the HTTP form or a Socket Mode <c>slash_commands</c> payload.</summary>
internal sealed record SlashCommand(
    string? Command = null,
    string? Text = null,
    string? UserId = null,
    string? ChannelId = null,
    string? ResponseUrl = null,
    string? TriggerId = null)
{
    public static SlashCommand FromForm(IReadOnlyDictionary<string, StringValues> fields)
    {
        string? Field(string name) => fields.TryGetValue(name, out var v) ? v.ToString() : null;
        return new SlashCommand(Field("command"), Field("text"), Field("user_id"), Field("channel_id"), Field("response_url"), Field("trigger_id"));
    }
}
