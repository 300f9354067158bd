using System.Text.Json.Serialization;

namespace TalksBot.Slack.Rendering;

/// <summary>The Block Kit blocks the bot sends; <c>type</c> is written as the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
internal abstract record Block;

internal sealed record SectionBlock(TextObject Text) : Block;

internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

internal sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;

internal sealed record DividerBlock : Block;

/// <summary>A Block Kit text object. <see cref="Verbatim"/> true turns off Slack's auto-linking of
/// channel names and URLs in text that came from data.</summary>
internal sealed record TextObject(string Type, string Text, bool? Verbatim = null)
{
    public static TextObject Mrkdwn(string escaped) => new("mrkdwn", escaped, Verbatim: true);

    public static TextObject Plain(string escaped) => new("plain_text", escaped);
}

internal sealed record ButtonElement(TextObject Text, string ActionId, string Value)
{
    public string Type => "button";
}
