using System.Text.Json;
using TalksBot.Core.Chat;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rendering;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Rendering;

public sealed class ReplyRendererTests
{
    [Fact]
    public void Answer_QuoteBlockWithSpeakerRoleViaPublisherAndDate()
    {
        var message = ReplyRenderer.Render(SampleReplies.Answer);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("Negotiator One said neutrality could be discussed with guarantees.", embed.Description);
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("1. Negotiator One — head of delegation", field.Name);
        Assert.Equal("> “We are ready to discuss a neutral status, provided there are guarantees.”\n*via Reuters · Test Wire, 29 Mar 2022*", field.Value);
        Assert.Equal("Quotes 1–1 of 2", embed.Footer!.Text);
    }

    [Fact]
    public void Answer_LinkButtonToArticleAndMoreQuotesButton()
    {
        var message = ReplyRenderer.Render(SampleReplies.Answer);

        var rows = message.Components!;
        Assert.Equal(2, rows.Count);
        var link = Assert.Single(rows[0].Components!);
        Assert.Equal(Component.LinkStyle, link.Style);
        Assert.Equal("https://news.example/articles/talks", link.Url);
        Assert.Equal("Test Wire: Talks end with proposals", link.Label);
        var more = Assert.Single(rows[1].Components!);
        Assert.Equal("tb:more q1 2", more.CustomId);
        Assert.Equal("More quotes", more.Label);
    }

    [Fact]
    public void ReportedClaim_MarkedAsReportedWithoutQuotationMarks()
    {
        var message = ReplyRenderer.Render(SampleReplies.SecondPage);

        var value = message.Embeds![0].Fields![0].Value;
        Assert.Equal("> The proposals will be studied and answered.\n*reported claim · Test Wire, 29 Mar 2022*", value);
    }

    [Fact]
    public void CutQuote_EndsWithTheMarkInsideItsQuotationMarksAndTheNoteAfter()
    {
        var cut = SampleReplies.FirstQuote with { Quote = "We are ready to discuss a neutral status, provided the", IsCut = true };
        var reply = SampleReplies.Answer with { Citations = [cut] };

        var value = Assert.Single(ReplyRenderer.Render(reply).Embeds![0].Fields!).Value;

        Assert.Equal("> “We are ready to discuss a neutral status, provided the…” (quote cut off in the source)\n*via Reuters · Test Wire, 29 Mar 2022*", value);
    }

    [Fact]
    public void CutQuote_ShortenedToFit_StillCarriesTheMarkAndTheNote()
    {
        var cut = SampleReplies.FirstQuote with { Quote = string.Join(' ', Enumerable.Repeat("guarantees", 400)), IsCut = true };
        var reply = SampleReplies.Answer with { Citations = [cut] };

        var line = Assert.Single(ReplyRenderer.Render(reply).Embeds![0].Fields!).Value.Split('\n')[0];

        Assert.EndsWith("…” (quote cut off in the source)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("……", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Counterpoint_SaysItDisputesTheCitationBefore()
    {
        var reply = SampleReplies.Answer with { Citations = [SampleReplies.FirstQuote, SampleReplies.SecondQuote with { IsCounterpoint = true }] };

        var fields = ReplyRenderer.Render(reply).Embeds![0].Fields!;

        Assert.Equal("2. Negotiator Two — deputy minister (disputes the above)", fields[1].Name);
    }

    [Fact]
    public void More_WithUnusableCommand_HasNoButton()
    {
        var reply = SampleReplies.SecondPage with { More = new FollowUp("More", "möre " + new string('x', 70)) };

        var buttons = ReplyRenderer.Render(reply).Components!.SelectMany(row => row.Components!);

        Assert.All(buttons, b => Assert.Null(b.CustomId));
    }

    [Fact]
    public void List_ItemsAsLinesWithMaskedLinksOnlyForWebUrls()
    {
        var reply = new Reply(ReplyKind.List, "Sources:")
        {
            Items = [new ReplyItem("Test Wire", "29 Mar 2022", new Uri("https://news.example/a")), new ReplyItem("Other", null, new Uri("ftp://x.example/y"))],
        };

        var description = ReplyRenderer.Render(reply).Embeds![0].Description;

        Assert.Equal("Sources:\n• [Test Wire](https://news.example/a) — 29 Mar 2022\n• **Other**", description);
    }

    [Fact]
    public void NoAnswer_ShowsSuggestions()
    {
        var reply = new Reply(ReplyKind.NoAnswer, "The coverage does not say.") { Suggestions = ["Who proposed neutrality?", "Where were the talks held?"] };

        var field = Assert.Single(ReplyRenderer.Render(reply).Embeds![0].Fields!);

        Assert.Equal("Try asking", field.Name);
        Assert.Equal("• Who proposed neutrality?\n• Where were the talks held?", field.Value);
    }

    [Fact]
    public void LongQuote_TruncatedInsideItsMarksWithEllipsis()
    {
        var quote = string.Join(' ', Enumerable.Repeat("guarantees", 300));
        var reply = SampleReplies.Answer with { Citations = [SampleReplies.FirstQuote with { Quote = quote }] };

        var value = ReplyRenderer.Render(reply).Embeds![0].Fields![0].Value;

        Assert.InRange(value.Length, 900, DiscordLimits.FieldValue);
        Assert.Matches("^> “(guarantees )+guarantees…”\n\\*via Reuters · Test Wire, 29 Mar 2022\\*$", value);
    }

    [Fact]
    public void Serialized_AllowedMentionsParseIsEmptyArray()
    {
        var json = JsonSerializer.Serialize(ReplyRenderer.Render(SampleReplies.Help), DiscordJsonContext.Default.MessagePayload);

        Assert.Contains("\"allowed_mentions\":{\"parse\":[],\"replied_user\":false}", json);
    }
}
