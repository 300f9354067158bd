using TalksBot.Core.Chat;
using TalksBot.Core.Query;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Rendering;

/// <summary>The reply's buttons: a row of links to the cited articles (where their URL is known) and a
/// row with the "More quotes" follow-up, whose custom_id is the prefixed router command, and 👍/👎.</summary>
internal static class Buttons
{
    public static IReadOnlyList<Component> For(Reply reply)
    {
        var rows = new List<Component>(2);
        var links = reply.Citations
            .Select(c => (c.Source, Url: SafeUrl(c.Source.Url)))
            .Where(l => l.Url is not null)
            .DistinctBy(l => l.Url)
            .Take(DiscordLimits.ButtonsPerRow)
            .Select(l => Component.LinkButton(Label(ArticleLabel(l.Source), "Article"), l.Url!))
            .ToList();
        if (links.Count > 0)
        {
            rows.Add(Component.Row(links));
        }

        var actions = new List<Component>(3);
        if (reply.More is { } more && IsUsableCommand(more.Command))
        {
            actions.Add(Component.Button(Label(more.Label, "More quotes"), ReplyRenderer.FollowUpPrefix + more.Command));
        }

        if (reply.Rating is { } rating)
        {
            actions.AddRange(FeedbackButtons.Vote(rating));
        }

        if (actions.Count > 0)
        {
            rows.Add(Component.Row(actions));
        }

        return rows;
    }

    /// <summary>An http(s) URL that fits a link button and a markdown link, or null.</summary>
    public static string? SafeUrl(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var text = url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return text.Length <= DiscordLimits.ButtonUrl ? text : null;
    }

    private static string ArticleLabel(ArticleSource source) =>
        string.Join(": ", new[] { source.Publisher, source.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static bool IsUsableCommand(string command) =>
        command.Length is > 0 and <= FollowUp.MaxCommandLength && command.All(c => char.IsAscii(c) && !char.IsControl(c));

    /// <summary>Button labels are plain text (no markdown, no mentions); they only need to fit.</summary>
    private static string Label(string text, string fallback)
    {
        var label = DiscordText.Truncate(DiscordText.OneLine(text), DiscordLimits.ButtonLabel);
        return label.Trim(' ', ':').Length == 0 ? fallback : label;
    }
}
