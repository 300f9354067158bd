namespace TalksBot.Ingest.Attribution;

/// <summary>A whitespace-separated token with its offsets in the text it came from, and its bare lower-case word.</summary>
internal readonly record struct Token(string Raw, string Word, int Start, int End)
{
    /// <summary>"welcomed", "defended": a lower-case verb of the past a subject acts by (short words of that ending are rarely verbs:
    /// "red", "bed").</summary>
    public bool IsPastTense => char.IsLower(Raw[0]) && Word.Length > 4 && Word.EndsWith("ed", StringComparison.Ordinal);

    private static readonly char[] Punctuation = [',', ';', ':', '.', '(', ')', '“', '”', '"', '‘', '’', '\'', '—', '–', '?', '!'];

    public static List<Token> Split(string text, int from, int to)
    {
        var tokens = new List<Token>();
        var i = from;
        while (i < to)
        {
            while (i < to && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < to && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                var raw = text[start..i];
                tokens.Add(new Token(raw, raw.Trim(Punctuation).ToLowerInvariant(), start, i));
            }
        }

        return tokens;
    }
}
