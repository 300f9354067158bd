namespace TalksBot.Slack.Rendering;

/// <summary>A rendered reply: Block Kit <see cref="Blocks"/> and the plain <see cref="Text"/> fallback
/// used for notifications and screen readers. Every string in it is already escaped.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
