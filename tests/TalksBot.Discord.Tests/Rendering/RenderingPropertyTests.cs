using System.Text.Json;
using System.Text.RegularExpressions;
using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rendering;

namespace TalksBot.Discord.Tests.Rendering;

/// <summary>Renders a thousand generated replies — long, many, hostile — and checks every Discord limit.</summary>
public sealed partial class RenderingPropertyTests
{
    private static readonly string[] Tokens =
    [
        "the", "talks", "neutrality", "guarantees", "Istanbul", "@everyone", "@here", "@Everyone", "<@123456789>", "<@!42>", "<#987>", "<@&55>",
        "**bold**", "__under__", "~~strike~~", "`code`", "```block```", "||spoiler||", "> quote", "# heading", "- item", "[link](https://x.example)",
        "\\", "😀", "“quoted”", "\n", "\n\n", "\t", "\u0007", "https://example.org/a_b_c", "   ", "negotiations", "delegation",
    ];

    [Fact]
    public void Render_GeneratedReplies_StayWithinEveryDiscordLimit()
    {
        var random = new Random(20220329);
        for (var i = 0; i < 1000; i++)
        {
            var reply = GenerateReply(random);
            var message = ReplyRenderer.Render(reply);

            AssertWithinLimits(message, reply);
        }
    }

    private static void AssertWithinLimits(MessagePayload message, Reply reply)
    {
        Assert.True(message.Content is null || message.Content.Length <= DiscordLimits.Content);
        Assert.InRange(message.Embeds!.Count, 1, DiscordLimits.Embeds);
        var total = 0;
        foreach (var embed in message.Embeds)
        {
            AssertText(embed.Description, DiscordLimits.Description);
            Assert.InRange(embed.Fields?.Count ?? 0, 0, DiscordLimits.Fields);
            foreach (var field in embed.Fields ?? [])
            {
                AssertText(field.Name, DiscordLimits.FieldName);
                AssertText(field.Value, DiscordLimits.FieldValue);
            }

            AssertText(embed.Footer?.Text, DiscordLimits.Footer);
            total += (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
                + (embed.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length);
            Assert.True(embed.Description is not null || embed.Fields is { Count: > 0 }, "An embed needs a description or a field.");
        }

        Assert.InRange(total, 1, DiscordLimits.EmbedTotal);
        AssertComponents(message.Components);
        AssertQuotesMarkedWhenShortened(message.Embeds[0], reply);

        var json = JsonSerializer.Serialize(message, DiscordJsonContext.Default.MessagePayload);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(0, parsed.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    private static void AssertText(string? text, int max)
    {
        if (text is null)
        {
            return;
        }

        Assert.InRange(text.Length, 1, max);
        Assert.False(string.IsNullOrWhiteSpace(text), $"Discord trims whitespace; an all-blank value would be empty: [{text}]");
        Assert.DoesNotMatch(PingLike(), text);
    }

    private static void AssertComponents(IReadOnlyList<Component>? rows)
    {
        Assert.InRange(rows?.Count ?? 0, 0, DiscordLimits.ActionRows);
        foreach (var row in rows ?? [])
        {
            Assert.Equal(Component.ActionRowType, row.Type);
            Assert.InRange(row.Components!.Count, 1, DiscordLimits.ButtonsPerRow);
            foreach (var button in row.Components)
            {
                Assert.InRange(button.Label!.Length, 1, DiscordLimits.ButtonLabel);
                Assert.True(button.Url is null != (button.CustomId is null), "A button has a URL or a custom_id, not both.");
                Assert.True(button.CustomId is null || button.CustomId.Length <= DiscordLimits.CustomId);
                Assert.True(button.Url is null || (button.Url.Length <= DiscordLimits.ButtonUrl && button.Url.StartsWith("http", StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>Each shown quote is either whole or a prefix ending in "…": never cut without a mark.</summary>
    private static void AssertQuotesMarkedWhenShortened(Embed embed, Reply reply)
    {
        var citationFields = (embed.Fields ?? []).Where(f => f.Name != "Try asking").ToList();
        Assert.True(citationFields.Count <= reply.Citations.Count);
        if (citationFields.Count < reply.Citations.Count)
        {
            Assert.Contains("more not shown", embed.Footer!.Text);
        }

        for (var i = 0; i < citationFields.Count; i++)
        {
            var citation = reply.Citations[i];
            var expected = DiscordText.Escape(DiscordText.OneLine(citation.Quote));
            var line = citationFields[i].Value.Split('\n')[0];
            Assert.StartsWith("> ", line);
            line = line[2..];
            if (citation.IsCut)
            {
                Assert.EndsWith(" " + CutQuote.Note, line, StringComparison.Ordinal);
                line = line[..^(CutQuote.Note.Length + 1)];
                Assert.EndsWith(CutQuote.Mark + (citation.Kind == StatementKind.DirectQuote ? "”" : ""), line, StringComparison.Ordinal);
            }

            if (citation.Kind == StatementKind.DirectQuote)
            {
                Assert.StartsWith("“", line);
                Assert.EndsWith("”", line);
                line = line[1..^1];
            }

            Assert.True(line == expected || (line.EndsWith('…') && expected.StartsWith(line[..^1].TrimEnd(), StringComparison.Ordinal)), $"Quote cut without a mark: {line}");
        }
    }

    private static Reply GenerateReply(Random random)
    {
        var kind = (ReplyKind)random.Next(5);
        var citations = Enumerable.Range(0, random.Next(100) < 70 ? random.Next(0, 6) : random.Next(0, 35)).Select(_ => GenerateCitation(random)).ToList();
        var first = random.Next(1, 50);
        return new Reply(kind, Text(random, random.Next(100) < 80 ? 40 : 1200))
        {
            Citations = citations,
            FirstCitationNumber = first,
            TotalCitations = first + citations.Count + random.Next(0, 20),
            Items = Enumerable.Range(0, random.Next(0, random.Next(100) < 80 ? 8 : 80))
                .Select(_ => new ReplyItem(Text(random, 20), random.Next(2) == 0 ? null : Text(random, 30), Url(random)))
                .ToList(),
            Suggestions = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Text(random, random.Next(1, 60))).ToList(),
            More = random.Next(3) == 0 ? null : new FollowUp(Text(random, 5), random.Next(4) == 0 ? Text(random, 30) : "more " + random.Next(100000)),
        };
    }

    private static Citation GenerateCitation(Random random) => new(
        Text(random, random.Next(100) < 80 ? 40 : 400),
        Text(random, random.Next(1, 8)),
        random.Next(3) == 0 ? null : Text(random, random.Next(1, 60)),
        random.Next(2) == 0 ? null : Text(random, 2),
        new ArticleSource("a", Text(random, random.Next(0, 30)), random.Next(4) == 0 ? null : new DateOnly(2022, 3, random.Next(1, 31)), Text(random, 12), Url(random)),
        random.Next(1, 40),
        (StatementKind)random.Next(3),
        random.Next(5) == 0,
        random.Next(6) == 0);

    private static Uri? Url(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => new Uri("https://news.example/" + new string('p', random.Next(1, 700)) + "_(x)"),
        2 => new Uri("javascript:alert(1)"),
        _ => new Uri("https://news.example/a/" + random.Next(10)),
    };

    private static string Text(Random random, int words) =>
        string.Join(random.Next(6) == 0 ? "" : " ", Enumerable.Range(0, random.Next(0, words + 1)).Select(_ => Token(random)));

    // Now and then one very long word, which has no word boundary to cut at.
    private static string Token(Random random) => random.Next(400) == 0 ? new string('w', 1500) : Tokens[random.Next(Tokens.Length)];

    // A mass mention, or a user, role or channel mention Discord would parse.
    [GeneratedRegex(@"@(everyone|here)|<[@#]", RegexOptions.IgnoreCase)]
    private static partial Regex PingLike();
}
