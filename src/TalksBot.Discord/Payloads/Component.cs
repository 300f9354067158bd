namespace TalksBot.Discord.Payloads;

/// <summary>A message component: an action row (type 1) holding buttons (type 2).</summary>
internal sealed record Component(
    int Type,
    IReadOnlyList<Component>? Components = null,
    int? Style = null,
    string? Label = null,
    string? CustomId = null,
    string? Url = null)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int PrimaryStyle = 1;
    public const int SecondaryStyle = 2;
    public const int LinkStyle = 5;

    public static Component Row(IReadOnlyList<Component> buttons) => new(ActionRowType, buttons);

    public static Component LinkButton(string label, string url) => new(ButtonType, Style: LinkStyle, Label: label, Url: url);

    public static Component Button(string label, string customId, int style = PrimaryStyle) => new(ButtonType, Style: style, Label: label, CustomId: customId);
}
