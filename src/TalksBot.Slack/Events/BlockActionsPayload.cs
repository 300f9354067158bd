namespace TalksBot.Slack.Events;

/// <summary>An <c>interactive</c> payload; the bot handles <c>block_actions</c> from its own buttons.</summary>
internal sealed record BlockActionsPayload(
    string Type,
    IdRef? User = null,
    IdRef? Channel = null,
    ActionContainer? Container = null,
    MessageRef? Message = null,
    string? ResponseUrl = null,
    IReadOnlyList<BlockAction>? Actions = null);

internal sealed record IdRef(string? Id = null);

internal sealed record ActionContainer(
    string? Type = null,
    string? MessageTs = null,
    string? ChannelId = null,
    string? ThreadTs = null,
    bool IsEphemeral = false);

internal sealed record MessageRef(string? Ts = null, string? ThreadTs = null);

internal sealed record BlockAction(string? ActionId = null, string? Value = null, string? BlockId = null);
