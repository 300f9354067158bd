using System.Text.RegularExpressions;

namespace TalksBot.Ingest.Attribution;

/// <summary>A whitespace-separated token with its offsets in the text it came from, and its bare lower-case word.</summary>
internal readonly partial record struct Token(string Raw, string Word, int Start, int End)
{
    public static List<Token> Split(string text, int from, int to)
    {
        var tokens = new List<Token>();
        foreach (Match m in NonSpace().Matches(text[from..to]))
        {
            var word = m.Value.Trim(',', ';', ':', '.', '(', ')', '“', '”', '"', '‘', '’', '\'', '—', '–', '?', '!').ToLowerInvariant();
            tokens.Add(new Token(m.Value, word, from + m.Index, from + m.Index + m.Length));
        }

        return tokens;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonSpace();
}
