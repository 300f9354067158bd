using System.Text;
using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Cli;

/// <summary>Renders a <see cref="Reply"/> as plain text for a terminal or a pipe.</summary>
internal static class TextRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder(reply.Text).AppendLine();
        var number = reply.FirstCitationNumber;
        foreach (var citation in reply.Citations)
        {
            var shown = citation.Kind == StatementKind.DirectQuote ? $"“{Quoted(citation)}”" : $"(in the article's words) {Quoted(citation)}";
            if (citation.IsCut)
            {
                shown += " " + CutQuote.Note;
            }

            text.AppendLine().Append(CultureInvariant($"  [{number++}] {shown}")).AppendLine();
            text.Append("      — ").AppendLine(Attribution(citation));
        }

        foreach (var item in reply.Items)
        {
            text.Append("  • ").Append(item.Title);
            if (item.Detail is not null)
            {
                text.Append(" — ").Append(item.Detail);
            }

            if (item.Link is not null)
            {
                text.Append(" <").Append(item.Link).Append('>');
            }

            text.AppendLine();
        }

        if (reply.More is not null)
        {
            var shown = reply.FirstCitationNumber + reply.Citations.Count - 1;
            text.AppendLine().AppendLine(CultureInvariant($"Showing {reply.FirstCitationNumber}–{shown} of {reply.TotalCitations}. Type “more” for the next quotes."));
        }

        if (reply.Suggestions.Count > 0)
        {
            text.AppendLine().AppendLine("Try: " + string.Join(" · ", reply.Suggestions));
        }

        return text.ToString();
    }

    public static string Attribution(Citation citation)
    {
        var parts = new List<string> { citation.Role is null ? citation.Speaker : citation.Speaker + ", " + citation.Role };
        if (citation.IsCounterpoint)
        {
            parts[0] = "disagrees with the above: " + parts[0];
        }

        if (citation.Via is not null)
        {
            parts.Add("via " + citation.Via);
        }

        var source = citation.Source.Publisher + (citation.Source.Date is { } date ? ", " + date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "");
        parts.Add(source);
        parts.Add("“" + citation.Source.Title + "”, paragraph " + citation.Paragraph + (citation.Source.Url is { } url ? " <" + url + ">" : ""));
        return string.Join(" · ", parts);
    }

    /// <summary>The verbatim quote, with the cut mark after it when the source text ends inside it.</summary>
    private static string Quoted(Citation citation) => citation.IsCut ? CutQuote.Marked(citation.Quote) : citation.Quote;

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
