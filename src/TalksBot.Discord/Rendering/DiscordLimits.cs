namespace TalksBot.Discord.Rendering;

/// <summary>Message limits from Discord's Create Message and Embed Limits docs (inclusive).</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTotal = 6000;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int ButtonUrl = 512;
    public const int ChoiceText = 100;
    public const int AutocompleteChoices = 25;
}
