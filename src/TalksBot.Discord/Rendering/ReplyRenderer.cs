using System.Globalization;
using TalksBot.Core.Chat;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Rendering;

/// <summary>Turns a Core <see cref="Reply"/> into a Discord message: one embed (answer, cited quotes,
/// listing or suggestions), link buttons to the articles and a "More quotes" button. Pure; within every
/// Discord limit; <c>allowed_mentions</c> is always <c>{"parse": []}</c>.</summary>
internal static class ReplyRenderer
{
    /// <summary>Prefix of a "More quotes" button's custom_id; the rest is the router command.</summary>
    public const string FollowUpPrefix = "tb:";

    private const int AnswerDescription = 1200;
    private const int SuggestionsValue = 600;
    private const int SuggestionLine = 200;
    private const int ListPart = 150;
    private const int ReserveForOmission = 40;

    public static MessagePayload Render(Reply reply)
    {
        var budget = new EmbedBudget();
        var footer = Footer(reply, budget);
        var suggestions = SuggestionsField(reply.Suggestions, budget);
        var description = reply.Kind == ReplyKind.List
            ? ListDescription(reply, budget)
            : budget.Take(DiscordText.Escape(reply.Text), reply.Kind == ReplyKind.Answer ? AnswerDescription : DiscordLimits.Description);

        var fields = CitationFields(reply, budget, out var omitted);
        if (suggestions is not null)
        {
            fields.Add(suggestions);
        }

        if (omitted > 0)
        {
            footer = (footer is null ? "" : footer + " · ") + omitted.ToString(CultureInfo.InvariantCulture) + " more not shown";
        }

        if (description.Length == 0 && fields.Count == 0)
        {
            description = "Nothing to show.";
        }

        var embed = new Embed(
            Description: description.Length == 0 ? null : description,
            Color: Color(reply.Kind),
            Fields: fields.Count == 0 ? null : fields,
            Footer: footer is null ? null : new EmbedFooter(footer));
        var components = Buttons.For(reply);
        return new MessagePayload(Embeds: [embed], Components: components.Count == 0 ? null : components);
    }

    private static List<EmbedField> CitationFields(Reply reply, EmbedBudget budget, out int omitted)
    {
        var fields = new List<EmbedField>();
        var room = DiscordLimits.Fields - (reply.Suggestions.Count > 0 ? 1 : 0);
        var shown = Math.Min(reply.Citations.Count, room);
        for (var i = 0; i < shown; i++)
        {
            var share = (budget.Remaining - (i < reply.Citations.Count - 1 ? ReserveForOmission : 0)) / (shown - i);
            if (share < CitationField.MinimumShare)
            {
                break;
            }

            fields.Add(CitationField.Render(reply.Citations[i], reply.FirstCitationNumber + i, share, budget));
        }

        omitted = reply.Citations.Count - fields.Count;
        return fields;
    }

    private static string? Footer(Reply reply, EmbedBudget budget)
    {
        if (reply.Citations.Count == 0)
        {
            return null;
        }

        var first = reply.FirstCitationNumber;
        var last = first + reply.Citations.Count - 1;
        var total = Math.Max(reply.TotalCitations, last);
        var text = string.Create(CultureInfo.InvariantCulture, $"Quotes {first}–{last} of {total}");
        return budget.Take(text, DiscordLimits.Footer);
    }

    private static EmbedField? SuggestionsField(IReadOnlyList<string> suggestions, EmbedBudget budget)
    {
        var lines = suggestions
            .Select(s => DiscordText.OneLine(s))
            .Where(s => s.Length > 0)
            .Select(s => "• " + DiscordText.Truncate(DiscordText.Escape(s), SuggestionLine));
        var value = Lines(lines, suggestions.Count(s => !string.IsNullOrWhiteSpace(s)), SuggestionsValue);
        if (value.Length == 0)
        {
            return null;
        }

        const string Name = "Try asking";
        budget.Take(Name, Name.Length);
        return new EmbedField(Name, budget.Take(value, value.Length));
    }

    private static string ListDescription(Reply reply, EmbedBudget budget)
    {
        var intro = DiscordText.Escape(reply.Text);
        var lines = reply.Items.Select(ListLineFor);
        var cap = Math.Min(DiscordLimits.Description, budget.Remaining);
        var text = intro.Length > 0
            ? Lines(lines.Prepend(DiscordText.Truncate(intro, cap / 2)), reply.Items.Count + 1, cap)
            : Lines(lines, reply.Items.Count, cap);
        return budget.Take(text, cap);
    }

    private static string ListLineFor(ReplyItem item)
    {
        var title = DiscordText.Truncate(DiscordText.Escape(DiscordText.OneLine(item.Title)), ListPart);
        var link = Buttons.SafeUrl(item.Link);
        var head = link is null ? "**" + title + "**" : "[" + title + "](" + link + ")";
        var detail = string.IsNullOrWhiteSpace(item.Detail)
            ? ""
            : " — " + DiscordText.Truncate(DiscordText.Escape(DiscordText.OneLine(item.Detail)), ListPart);
        return "• " + head + detail;
    }

    /// <summary>Joins whole lines while they fit in <paramref name="max"/>, then says how many of the
    /// <paramref name="count"/> were left out. Lines are produced lazily, so unshown ones cost nothing.</summary>
    private static string Lines(IEnumerable<string> lines, int count, int max)
    {
        var text = "";
        var taken = 0;
        foreach (var line in lines)
        {
            var next = (text.Length == 0 ? "" : text + "\n") + line;
            var more = count - taken - 1;
            if (next.Length > max - (more > 0 ? ReserveForOmission : 0))
            {
                return text + (text.Length == 0 ? "" : "\n") + string.Create(CultureInfo.InvariantCulture, $"… and {count - taken} more");
            }

            text = next;
            taken++;
        }

        return text;
    }

    private static int Color(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => 0x2B6CB0,
        ReplyKind.NoAnswer => 0xD69E2E,
        ReplyKind.Help => 0x38A169,
        ReplyKind.Error => 0xE53E3E,
        _ => 0x4A5568,
    };
}
