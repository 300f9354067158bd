using TalksBot.Slack.Rendering;

namespace TalksBot.Slack.WebApi;

/// <summary>chat.postMessage. <c>link_names</c> and <c>parse</c> are deliberately absent so that text
/// such as "@channel" can never become a ping.</summary>
internal sealed record PostMessageRequest(
    string Channel,
    string Text,
    IReadOnlyList<Block> Blocks,
    string? ThreadTs = null,
    bool UnfurlLinks = false,
    bool UnfurlMedia = false);

/// <summary>chat.postEphemeral: visible only to <see cref="User"/> in <see cref="Channel"/>.</summary>
internal sealed record PostEphemeralRequest(
    string Channel,
    string User,
    string Text,
    IReadOnlyList<Block> Blocks,
    string? ThreadTs = null);

/// <summary>A message posted to a slash command's or an action's <c>response_url</c>.</summary>
internal sealed record ResponseUrlMessage(
    string ResponseType,
    string Text,
    IReadOnlyList<Block> Blocks,
    bool ReplaceOriginal = false);
