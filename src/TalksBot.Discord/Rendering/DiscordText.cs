using System.Text;

namespace TalksBot.Discord.Rendering;

/// <summary>Makes plain text safe to show in Discord markdown: formatting characters are escaped, and
/// anything that would look like a mention (<c>@everyone</c>, <c>@here</c>, <c>&lt;@123&gt;</c>,
/// <c>&lt;#1&gt;</c>) gets a zero-width space so it is shown, not parsed. Pings are also off through
/// <c>allowed_mentions</c>; this keeps the text from even looking like one.</summary>
internal static class DiscordText
{
    public const char ZeroWidthSpace = '\u200B';
    public const string Ellipsis = "…";

    private const string AlwaysEscaped = "\\*_~`|[]";
    private const string EscapedAtLineStart = ">#-+";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c != '\n')
            {
                c = ' ';
            }

            if (AlwaysEscaped.Contains(c) || (atLineStart && EscapedAtLineStart.Contains(c)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (c == '<' || (c == '@' && StartsMassMention(text, i + 1)))
            {
                builder.Append(ZeroWidthSpace);
            }

            atLineStart = c == '\n' || (atLineStart && c == ' ');
        }

        return builder.ToString().Trim();
    }

    /// <summary>Collapses runs of whitespace (newlines too) into one space, for one-line fields and quotes.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Shortens already-escaped text to at most <paramref name="max"/> characters, cutting at a word
    /// boundary and ending with "…". The cut never splits an escape, a surrogate pair or a mention guard.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= Ellipsis.Length)
        {
            return max <= 0 ? "" : Ellipsis[..max];
        }

        var limit = max - Ellipsis.Length;
        var cut = text.LastIndexOfAny([' ', '\n'], limit);
        if (cut < limit / 2)
        {
            cut = limit;
        }

        cut = SafeCut(text, cut);
        return text[..cut].TrimEnd() + Ellipsis;
    }

    private static int SafeCut(string text, int cut)
    {
        while (cut > 0 && (char.IsHighSurrogate(text[cut - 1]) || text[cut] == ZeroWidthSpace))
        {
            cut--;
        }

        var backslashes = 0;
        while (cut - backslashes > 0 && text[cut - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1 ? cut - 1 : cut;
    }

    private static bool StartsMassMention(string text, int at) =>
        string.Compare(text, at, "everyone", 0, 8, StringComparison.OrdinalIgnoreCase) == 0
        || string.Compare(text, at, "here", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
}
