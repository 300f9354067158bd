namespace TalksBot.Discord;

/// <summary>Discord ids are unsigned 64-bit integers sent as decimal strings.</summary>
internal static class Snowflake
{
    public static bool IsValid(string value) =>
        value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit) && ulong.TryParse(value, out _);
}
