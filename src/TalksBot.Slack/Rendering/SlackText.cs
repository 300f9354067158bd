using System.Text;

namespace TalksBot.Slack.Rendering;

/// <summary>Outgoing text rules. Slack's control characters are <c>&amp;</c>, <c>&lt;</c> and
/// <c>&gt;</c> and only those are encoded; with them encoded no <c>&lt;!channel&gt;</c>,
/// <c>&lt;!here&gt;</c> or <c>&lt;@U…&gt;</c> from data or a user can ping anyone.</summary>
internal static class SlackText
{
    public const string Ellipsis = "…";

    public static string Escape(string plain) => plain
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escapes <paramref name="plain"/> and, if the escaped form would exceed
    /// <paramref name="maxLength"/>, cuts it on a character boundary (never inside an entity or a
    /// surrogate pair) and ends it with an ellipsis.</summary>
    public static string EscapeWithin(string plain, int maxLength)
    {
        var escaped = Escape(plain);
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        var budget = maxLength - Ellipsis.Length;
        var builder = new StringBuilder(maxLength);
        for (var i = 0; i < plain.Length; i++)
        {
            var piece = plain[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                var c when char.IsHighSurrogate(c) && i + 1 < plain.Length => plain.Substring(i++, 2),
                var c => c.ToString(),
            };
            if (builder.Length + piece.Length > budget)
            {
                break;
            }

            builder.Append(piece);
        }

        return builder.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>A mrkdwn link; the label is escaped and the URL made safe for the <c>&lt;url|label&gt;</c> form.</summary>
    public static string Link(Uri url, string escapedLabel)
    {
        var target = url.AbsoluteUri
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("|", "%7C", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
        return $"<{target}|{escapedLabel}>";
    }

    /// <summary>Only absolute http(s) links of sane length are shown as links.</summary>
    public static bool IsWebLink(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.AbsoluteUri.Length <= 1000;
}
