using System.Text.RegularExpressions;

namespace TalksBot.Core.Index;

internal static partial class Sentences
{
    /// <summary>Character offsets where each sentence of <paramref name="text"/> starts (the first is 0).
    /// A sentence ends at . ? ! … or ; followed by space and a capital, digit, quote or bracket, so
    /// "U.S. officials" stays one sentence.</summary>
    public static int[] Starts(string text) => [0, .. Break().Matches(text).Select(m => m.Index + m.Length)];

    [GeneratedRegex(@"(?<=[.?!…;])\s+(?=[“""‘'\[(A-Z0-9])")]
    private static partial Regex Break();
}
