using System.Globalization;
using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Rendering;

/// <summary>One citation as an embed field: "n. Speaker — Role" over the quote as a block quote and an
/// attribution line (via, publisher, date). A shortened quote always ends in "…" inside its marks; a quote the source
/// cuts off ends in the cut mark, with the cut note after its closing mark.</summary>
internal static class CitationField
{
    public const int MinimumShare = 120;

    private const string QuotePrefix = "> ";

    public static EmbedField Render(Citation citation, int number, int share, EmbedBudget budget)
    {
        var name = budget.Take(DiscordText.Escape(DiscordText.OneLine(Name(citation, number))), Math.Clamp(share / 4, 40, DiscordLimits.FieldName));
        var valueCap = Math.Min(DiscordLimits.FieldValue, Math.Max(share - name.Length, 60));

        var attribution = DiscordText.Truncate(DiscordText.Escape(DiscordText.OneLine(Attribution(citation))), (valueCap / 3) - 2);
        var attributionLine = attribution.Length == 0 ? "" : "\n*" + attribution + "*";

        var (open, close) = citation.Kind == StatementKind.DirectQuote ? ("“", "”") : ("", "");
        if (citation.IsCut)
        {
            close += " " + CutQuote.Note;
        }

        var mark = citation.IsCut ? CutQuote.Mark.Length : 0;
        var quoteCap = valueCap - QuotePrefix.Length - open.Length - close.Length - mark - attributionLine.Length;
        var quote = DiscordText.Truncate(DiscordText.Escape(DiscordText.OneLine(citation.Quote)), quoteCap);
        if (citation.IsCut)
        {
            quote = CutQuote.Marked(quote);
        }

        var value = budget.Take(QuotePrefix + open + quote + close + attributionLine, valueCap);
        return new EmbedField(name, value);
    }

    private static string Name(Citation citation, int number)
    {
        var name = number.ToString(CultureInfo.InvariantCulture) + ". " + citation.Speaker;
        if (!string.IsNullOrWhiteSpace(citation.Role))
        {
            name += " — " + citation.Role;
        }

        return citation.IsCounterpoint ? name + " (disputes the above)" : name;
    }

    private static string Attribution(Citation citation)
    {
        var parts = new List<string>(4);
        if (citation.Kind == StatementKind.ReportedClaim)
        {
            parts.Add("reported claim");
        }
        else if (citation.Kind == StatementKind.Narration)
        {
            parts.Add("the article's account");
        }

        if (!string.IsNullOrWhiteSpace(citation.Via))
        {
            parts.Add("via " + citation.Via);
        }

        var source = citation.Source;
        var published = string.IsNullOrWhiteSpace(source.Publisher) ? "" : source.Publisher;
        if (source.Date is { } date)
        {
            published += (published.Length > 0 ? ", " : "") + date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        }

        if (published.Length > 0)
        {
            parts.Add(published);
        }

        return string.Join(" · ", parts);
    }
}
