namespace TalksBot.Core.Index;

internal static class Display
{
    /// <summary>"the Ukrainian delegation" → "The Ukrainian delegation", for the start of a sentence.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
