using System.Text.RegularExpressions;

namespace TalksBot.Slack.Events;

/// <summary>Turns Slack's message markup into the plain question Core expects: the bot's own mention
/// is removed wherever it appears, other mentions and links become their readable label, and the
/// three entities Slack escapes are decoded (the renderer escapes them again on the way out).</summary>
internal static partial class IncomingText
{
    public static string ToQuestion(string? slackText, string? botUserId)
    {
        if (string.IsNullOrEmpty(slackText))
        {
            return "";
        }

        var text = Markup().Replace(slackText, match => Readable(match, botUserId));
        text = text
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string Readable(Match match, string? botUserId)
    {
        var kind = match.Groups["kind"].Value;
        var target = match.Groups["target"].Value;
        var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
        return kind switch
        {
            "@" when target == botUserId => " ",
            "@" => "@" + (label ?? "someone"),
            "#" => "#" + (label ?? "channel"),
            "!" when target.StartsWith("subteam^", StringComparison.Ordinal) => "@" + (label?.TrimStart('@') ?? "group"),
            "!" when target is "here" or "channel" or "everyone" => "@" + target,
            "!" => label ?? "",
            _ => label ?? target,
        };
    }

    [GeneratedRegex(@"<(?<kind>[@#!])?(?<target>[^>|]+)(?:\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
