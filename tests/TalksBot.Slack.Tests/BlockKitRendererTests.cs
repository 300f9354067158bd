using System.Text.Json;
using System.Text.RegularExpressions;
using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.Tests.Support;

namespace TalksBot.Slack.Tests;

public sealed partial class BlockKitRendererTests
{
    private static readonly string[] Hostile = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U123|x>", "<#C1|general>", "<https://evil.example|x>", "&", "<", ">", "&amp;", "&lt;", "*bold*", "_it_", "`code`", "> quote", "\n", "“", "😀", "\u200b"];

    [Fact]
    public void Render_Answer_QuoteThenAttributionLinkAndMoreButton()
    {
        var reply = new Reply(ReplyKind.Answer, "A neutral status was discussed.")
        {
            Citations = [FakeRouter.Citation(FakeRouter.Quote)],
            FirstCitationNumber = 3,
            More = new FollowUp("More quotes", FakeRouter.MoreCommand),
        };

        var json = Serialize(BlockKitRenderer.Render(reply));

        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["section", "section", "context", "actions"], blocks.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("A neutral status was discussed.", blocks[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("&gt; “" + FakeRouter.Quote + "”", blocks[1].GetProperty("text").GetProperty("text").GetString());
        var context = blocks[2].GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["3. — Alex Example, chief negotiator · via Reuters · Example Wire, 29 Mar 2022", "<https://news.example.org/a1?x=1&amp;y=2|Talks end with proposals>"], context);
        var button = blocks[3].GetProperty("elements")[0];
        Assert.Equal("tb:more", button.GetProperty("action_id").GetString());
        Assert.Equal(FakeRouter.MoreCommand, button.GetProperty("value").GetString());
        Assert.Equal("More quotes", button.GetProperty("text").GetProperty("text").GetString());
        Assert.Contains(FakeRouter.Quote, json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CutQuote_EndsWithTheMarkAndTheNoteOutsideTheVerbatimSpan()
    {
        var reply = new Reply(ReplyKind.Answer, "A neutral status was discussed.")
        {
            Citations = [FakeRouter.Citation("We are ready to discuss a neutral status, but only wi") with { IsCut = true }],
        };

        var json = Serialize(BlockKitRenderer.Render(reply));

        Assert.Equal("&gt; “We are ready to discuss a neutral status, but only wi…” (quote cut off in the source)",
            json.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Contains("“We are ready to discuss a neutral status, but only wi…” (quote cut off in the source) — ", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongCutQuote_ShortenedToFit_KeepsTheNote()
    {
        var reply = new Reply(ReplyKind.Answer, "A neutral status was discussed.")
        {
            Citations = [.. Enumerable.Range(0, 10).Select(_ => FakeRouter.Citation(string.Join(' ', Enumerable.Repeat("guarantees", 600))) with { IsCut = true })],
        };

        var json = Serialize(BlockKitRenderer.Render(reply));

        var quotes = json.GetProperty("blocks").EnumerateArray().Skip(1).Where(b => b.GetProperty("type").GetString() == "section").ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.EndsWith("… (quote cut off in the source)", q.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ReportedCounterpointWithoutUrlOrDate_SaysSoAndHasNoLink()
    {
        var source = new ArticleSource("a2", "Example Daily", null, "", null);
        var reply = new Reply(ReplyKind.Answer, "Disputed.")
        {
            Citations = [new Citation("The claim was denied.", "A Spokesperson", null, null, source, 1, StatementKind.ReportedClaim, IsCounterpoint: true)],
        };

        var json = Serialize(BlockKitRenderer.Render(reply));

        var context = json.GetProperty("blocks")[2].GetProperty("elements");
        Assert.Equal(1, context.GetArrayLength());
        Assert.Equal("1. — A Spokesperson · Example Daily · reported claim · counterpoint", context[0].GetProperty("text").GetString());
        Assert.Equal("&gt; The claim was denied.", json.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void Render_ListAndSuggestions_ShowRowsAndTries()
    {
        var reply = new Reply(ReplyKind.List, "Quoted people:")
        {
            Items = [new ReplyItem("Alex Example", "chief negotiator", new Uri("https://news.example.org/p")), new ReplyItem("B & C")],
            Suggestions = ["quotes Alex Example"],
        };

        var text = SlackJson.AllText(Serialize(BlockKitRenderer.Render(reply)));

        Assert.Contains("• *<https://news.example.org/p|Alex Example>* — chief negotiator\n• *B &amp; C*", text, StringComparison.Ordinal);
        Assert.Contains("*Try asking:*\n• quotes Alex Example", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyGeneratedReplies_StayWithinSlackLimitsAndNeverLeakMarkup()
    {
        var random = new Random(20220329);

        for (var i = 0; i < 400; i++)
        {
            var reply = GenerateReply(random);

            var json = Serialize(BlockKitRenderer.Render(reply));

            AssertWithinLimits(json);
            AssertNoUnescapedMarkup(json);
            Assert.Equal(reply.More is not null, json.GetProperty("blocks").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "actions"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Render_BlankAnswer_NeverSendsABlankSection(string text)
    {
        var json = Serialize(BlockKitRenderer.Render(new Reply(ReplyKind.Error, text)));

        var section = Assert.Single(json.GetProperty("blocks").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(section.GetProperty("text").GetProperty("text").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("text").GetString()));
    }

    [Fact]
    public void Render_OneHugeQuote_IsCutWithAnEllipsisNotDropped()
    {
        var reply = new Reply(ReplyKind.Answer, "Long.") { Citations = [FakeRouter.Citation(string.Concat(Enumerable.Repeat("a & b < c ", 2000)))] };

        var json = Serialize(BlockKitRenderer.Render(reply));

        var quote = json.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString()!;
        Assert.StartsWith("&gt; “a &amp; b &lt; c", quote, StringComparison.Ordinal);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
        AssertWithinLimits(json);
    }

    private static void AssertWithinLimits(JsonElement json)
    {
        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.InRange(blocks.Count, 1, SlackLimits.MaxBlocks);
        Assert.InRange(json.GetProperty("text").GetString()!.Length, 1, 3000);
        var total = 0;
        foreach (var block in blocks)
        {
            switch (block.GetProperty("type").GetString())
            {
                case "section":
                    var text = block.GetProperty("text").GetProperty("text").GetString()!;
                    Assert.False(string.IsNullOrWhiteSpace(text));
                    Assert.InRange(text.Length, 1, SlackLimits.MaxSectionText);
                    total += text.Length;
                    break;
                case "context":
                    var elements = block.GetProperty("elements");
                    Assert.InRange(elements.GetArrayLength(), 1, SlackLimits.MaxContextElements);
                    total += elements.EnumerateArray().Sum(e => e.GetProperty("text").GetString()!.Length);
                    break;
                case "actions":
                    var button = block.GetProperty("elements")[0];
                    Assert.InRange(button.GetProperty("text").GetProperty("text").GetString()!.Length, 1, SlackLimits.MaxButtonText);
                    Assert.InRange(button.GetProperty("value").GetString()!.Length, 1, SlackLimits.MaxActionValue);
                    break;
                default:
                    Assert.Fail("unexpected block " + block.GetProperty("type"));
                    break;
            }
        }

        Assert.True(total <= 12_000, $"{total} characters of block text");
    }

    private static void AssertNoUnescapedMarkup(JsonElement json)
    {
        foreach (var text in SlackJson.Texts(json))
        {
            var withoutLinks = GeneratedLink().Replace(text, "");
            Assert.DoesNotContain("<", withoutLinks, StringComparison.Ordinal);
            Assert.DoesNotContain(">", withoutLinks, StringComparison.Ordinal);
            Assert.DoesNotMatch(BareAmpersand(), withoutLinks);
        }
    }

    private static Reply GenerateReply(Random random)
    {
        var citations = Enumerable.Range(0, random.Next(0, 30)).Select(_ => GenerateCitation(random)).ToList();
        return new Reply((ReplyKind)random.Next(0, 5), random.Next(10) == 0 ? " " : Text(random, 0, 4000))
        {
            Citations = citations,
            FirstCitationNumber = random.Next(1, 50),
            TotalCitations = citations.Count + random.Next(0, 10),
            Items = [.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => new ReplyItem(Text(random, 1, 200), random.Next(2) == 0 ? null : Text(random, 0, 900), random.Next(3) == 0 ? Url(random) : null))],
            Suggestions = [.. Enumerable.Range(0, random.Next(0, 15)).Select(_ => Text(random, 1, 300))],
            More = random.Next(2) == 0 ? null : new FollowUp(Text(random, 1, 120), "more q" + random.Next(1000) + " " + random.Next(1, 9)),
        };
    }

    private static Citation GenerateCitation(Random random)
    {
        var source = new ArticleSource("a" + random.Next(100), Text(random, 1, 80), random.Next(2) == 0 ? null : new DateOnly(2022, 3, random.Next(1, 31)), Text(random, 0, 400), random.Next(2) == 0 ? null : Url(random));
        return new Citation(Text(random, 1, 5000), Text(random, 1, 120), random.Next(2) == 0 ? null : Text(random, 1, 200), random.Next(2) == 0 ? null : Text(random, 1, 40), source, random.Next(1, 40), (StatementKind)random.Next(0, 3), random.Next(4) == 0, random.Next(6) == 0);
    }

    private static Uri Url(Random random) => new($"https://news.example.org/{random.Next(1000)}?a=1&b=<x>|{Hostile[random.Next(Hostile.Length)]}");

    private static string Text(Random random, int min, int max)
    {
        var length = random.Next(min, max + 1);
        var builder = new System.Text.StringBuilder();
        while (builder.Length < length)
        {
            builder.Append(random.Next(4) == 0 ? Hostile[random.Next(Hostile.Length)] : "word ");
        }

        return builder.ToString();
    }

    private static JsonElement Serialize(SlackMessage message) =>
        JsonDocument.Parse(JsonSerializer.Serialize(message, SlackJsonContext.Default.SlackMessage)).RootElement;

    // The renderer's own links: an encoded http(s) URL (no raw <, >, | or space) and an escaped label.
    [GeneratedRegex(@"<https?://[^<>|\s]+\|[^<>]*>")]
    private static partial Regex GeneratedLink();

    [GeneratedRegex(@"&(?!amp;|lt;|gt;)")]
    private static partial Regex BareAmpersand();
}
