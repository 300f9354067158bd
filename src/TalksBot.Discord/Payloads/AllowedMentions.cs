namespace TalksBot.Discord.Payloads;

/// <summary>Which mentions in a message may ping. Every outgoing message sends <see cref="None"/>.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse, bool? RepliedUser = null)
{
    public static AllowedMentions None { get; } = new([], RepliedUser: false);
}
