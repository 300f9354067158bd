namespace TalksBot.Hosting;

internal static class Platforms
{
    /// <summary>Every chat platform the bot can serve; each turns itself on when its token is set.</summary>
    public static IReadOnlyList<IPlatform> All { get; } = [new DiscordPlatform(), new SlackPlatform()];
}
