using System.Globalization;
using System.Text;
using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Slack.Rendering;

/// <summary>Turns a <see cref="Reply"/> into a Block Kit message within Slack's limits. Pure: the same
/// reply always renders the same message, and every piece of data text is escaped.</summary>
internal static class BlockKitRenderer
{
    /// <summary>The action id of the "More quotes" button; its value is the follow-up command.</summary>
    public const string MoreActionId = "tb:more";

    // The suggestions, the truncation note and the button each take one block after the body.
    private const int TrailingBlocks = 3;
    private const int BlocksPerCitation = 2;
    private const int MaxQuoteText = 2800;

    public static SlackMessage Render(Reply reply)
    {
        var blocks = new List<Block>();
        var budget = SlackLimits.MaxTotalBlockText;
        var fallback = Fallback(reply);

        // Slack refuses a section with blank text; a blank answer leaves only its fallback.
        var answer = string.IsNullOrWhiteSpace(reply.Text) ? "" : SlackText.EscapeWithin(reply.Text, SlackLimits.MaxSectionText);
        if (answer.Length > 0)
        {
            blocks.Add(new SectionBlock(TextObject.Mrkdwn(answer)));
            budget -= answer.Length;
        }

        var shown = AddCitations(blocks, reply, ref budget);
        AddItems(blocks, reply.Items, ref budget);
        AddSuggestions(blocks, reply.Suggestions, budget);

        if (shown < reply.Citations.Count)
        {
            var note = $"{reply.Citations.Count - shown} more citation(s) on this page did not fit in one Slack message.";
            blocks.Add(new ContextBlock([TextObject.Mrkdwn(note)]));
        }

        var buttons = new List<ButtonElement>(3);
        if (reply.More is { } more && more.Command.Length <= SlackLimits.MaxActionValue)
        {
            var label = SlackText.EscapeWithin(more.Label, SlackLimits.MaxButtonText);
            buttons.Add(new ButtonElement(TextObject.Plain(label), MoreActionId, more.Command));
        }

        if (reply.Rating is { } rating)
        {
            buttons.AddRange(FeedbackBlocks.Vote(rating));
        }

        if (buttons.Count > 0)
        {
            blocks.Add(new ActionsBlock(buttons));
        }

        if (blocks.Count == 0)
        {
            blocks.Add(new SectionBlock(TextObject.Mrkdwn(fallback)));
        }

        return new SlackMessage(fallback, blocks);
    }

    private static int AddCitations(List<Block> blocks, Reply reply, ref int budget)
    {
        var citations = reply.Citations;
        var maxShown = Math.Min(citations.Count, (SlackLimits.MaxBlocks - TrailingBlocks - blocks.Count) / BlocksPerCitation);
        var perQuote = maxShown == 0 ? 0 : Math.Min(MaxQuoteText, budget / 2 / maxShown);
        var shown = 0;
        for (; shown < maxShown; shown++)
        {
            var citation = citations[shown];
            var quote = QuoteText(citation, perQuote);
            var context = ContextElements(citation, reply.FirstCitationNumber + shown);
            var size = quote.Length + context.Sum(e => e.Text.Length);
            if (size > budget)
            {
                break;
            }

            blocks.Add(new SectionBlock(TextObject.Mrkdwn(quote)));
            blocks.Add(new ContextBlock(context));
            budget -= size;
        }

        return shown;
    }

    private static string QuoteText(Citation citation, int maxLength)
    {
        var open = citation.Kind == StatementKind.DirectQuote ? "“" : "";
        var close = citation.Kind == StatementKind.DirectQuote ? "”" : "";
        var note = citation.IsCut ? " " + CutQuote.Note : "";
        var lines = (open + Shown(citation) + close).Split('\n');
        var room = maxLength - (lines.Length * "&gt; ".Length) - note.Length;
        var escaped = SlackText.EscapeWithin(string.Join('\n', lines), Math.Max(room, 16)).Split('\n');
        return string.Join('\n', escaped.Select(line => "&gt; " + line)) + SlackText.Escape(note);
    }

    /// <summary>The verbatim quote, with the cut mark after it when the source text ends inside it.</summary>
    private static string Shown(Citation citation) => citation.IsCut ? CutQuote.Marked(citation.Quote.Trim()) : citation.Quote.Trim();

    private static TextObject[] ContextElements(Citation citation, int number)
    {
        var line = new StringBuilder().Append(number).Append(". — ").Append(citation.Speaker);
        AppendIf(line, ", ", citation.Role);
        AppendIf(line, " · via ", citation.Via);
        line.Append(" · ").Append(citation.Source.Publisher);
        if (citation.Source.Date is { } date)
        {
            line.Append(", ").Append(date.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        }

        AppendIf(line, " · ", citation.Kind switch
        {
            StatementKind.ReportedClaim => "reported claim",
            StatementKind.Narration => "the article's account",
            _ => null,
        });
        AppendIf(line, " · ", citation.IsCounterpoint ? "counterpoint" : null);

        var attribution = TextObject.Mrkdwn(SlackText.EscapeWithin(line.ToString(), 1000));
        if (!SlackText.IsWebLink(citation.Source.Url))
        {
            return [attribution];
        }

        var title = citation.Source.Title.Length > 0 ? citation.Source.Title : citation.Source.Publisher;
        var link = SlackText.Link(citation.Source.Url!, SlackText.EscapeWithin(title, 300));
        return [attribution, TextObject.Mrkdwn(link)];
    }

    private static void AddItems(List<Block> blocks, IReadOnlyList<ReplyItem> items, ref int budget)
    {
        var section = new StringBuilder();
        foreach (var item in items)
        {
            var title = SlackText.EscapeWithin(item.Title, 300);
            var row = "• *" + (SlackText.IsWebLink(item.Link) ? SlackText.Link(item.Link!, title) : title) + "*";
            if (item.Detail is { Length: > 0 } detail)
            {
                row += " — " + SlackText.EscapeWithin(detail, 600);
            }

            var needsNewSection = section.Length + row.Length + 1 > SlackLimits.MaxSectionText;
            var sectionsAfter = blocks.Count + (section.Length > 0 && needsNewSection ? 2 : 1);
            if (row.Length + 1 > budget || sectionsAfter > SlackLimits.MaxBlocks - TrailingBlocks)
            {
                break;
            }

            if (needsNewSection && section.Length > 0)
            {
                blocks.Add(new SectionBlock(TextObject.Mrkdwn(section.ToString())));
                section.Clear();
            }

            section.Append(section.Length == 0 ? "" : "\n").Append(row);
            budget -= row.Length + 1;
        }

        if (section.Length > 0)
        {
            blocks.Add(new SectionBlock(TextObject.Mrkdwn(section.ToString())));
        }
    }

    private static void AddSuggestions(List<Block> blocks, IReadOnlyList<string> suggestions, int budget)
    {
        if (suggestions.Count == 0 || budget < 100)
        {
            return;
        }

        var text = new StringBuilder("*Try asking:*");
        foreach (var suggestion in suggestions.Take(SlackLimits.MaxContextElements))
        {
            var row = "\n• " + SlackText.EscapeWithin(suggestion, 200);
            if (text.Length + row.Length > Math.Min(budget, SlackLimits.MaxSectionText))
            {
                break;
            }

            text.Append(row);
        }

        blocks.Add(new SectionBlock(TextObject.Mrkdwn(text.ToString())));
    }

    private static string Fallback(Reply reply)
    {
        var text = new StringBuilder(reply.Text);
        if (reply.Citations.Count > 0)
        {
            var first = reply.Citations[0];
            text.Append("\n“").Append(Shown(first)).Append(first.IsCut ? "” " + CutQuote.Note : "”").Append(" — ").Append(first.Speaker);
        }

        foreach (var item in reply.Items.Take(10))
        {
            text.Append("\n• ").Append(item.Title);
        }

        var plain = text.ToString().Trim();
        return SlackText.EscapeWithin(plain.Length == 0 ? "(no answer)" : plain, SlackLimits.MaxFallbackText);
    }

    private static void AppendIf(StringBuilder builder, string separator, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            builder.Append(separator).Append(value);
        }
    }
}
