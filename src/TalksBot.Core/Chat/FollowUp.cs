namespace TalksBot.Core.Chat;

/// <summary>A button the adapter may show. When pressed, the adapter sends <see cref="Command"/> back
/// through <see cref="ICommandRouter"/> as the text of a new <see cref="ChatMessage"/>.
/// <see cref="Command"/> is ASCII and at most <see cref="MaxCommandLength"/> characters, so it fits a
/// Discord custom_id (100) and a Slack action value with room for an adapter prefix.</summary>
public sealed record FollowUp(string Label, string Command)
{
    public const int MaxCommandLength = 64;
}
