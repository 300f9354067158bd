using System.Text;
using System.Text.RegularExpressions;

namespace TalksBot.Core.Chat;

/// <summary>Makes user text safe to read: platform mention markup (<c>&lt;@123&gt;</c>,
/// <c>&lt;!channel&gt;</c>, <c>@everyone</c>, <c>@here</c>) removed, control and formatting
/// characters (including bidirectional overrides) turned into spaces, white space collapsed.</summary>
internal static partial class InputSanitizer
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var withoutMentions = MentionMarkup().Replace(text, " ");
        var builder = new StringBuilder(withoutMentions.Length);
        var lastWasSpace = true;
        foreach (var c in withoutMentions)
        {
            var category = char.GetUnicodeCategory(c);
            var isSpace = char.IsWhiteSpace(c) || category is System.Globalization.UnicodeCategory.Control
                or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator;
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"<[@#!][^>\s]{0,80}>|[@＠](everyone|here|channel)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionMarkup();
}
