namespace TalksBot.Slack.Rendering;

/// <summary>Block Kit and message limits (notes/slack.md §5.3). The total is kept well below the point
/// where Slack has been seen to answer <c>msg_blocks_too_long</c>.</summary>
internal static class SlackLimits
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxContextElements = 10;
    public const int MaxButtonText = 75;
    public const int MaxActionValue = 2000;
    public const int MaxFallbackText = 3000;
    public const int MaxTotalBlockText = 11_000;
}
