namespace TalksBot.Ingest.Attribution;

/// <summary>A whitespace-separated token with its offsets in the text it came from, and its bare lower-case word.</summary>
internal readonly record struct Token(string Raw, string Word, int Start, int End)
{
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
