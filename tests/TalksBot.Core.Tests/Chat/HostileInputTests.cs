using TalksBot.Core.Chat;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Chat;

/// <summary>Property-style: messages assembled at random from hostile pieces never throw, always get
/// a reply, never carry mention syntax out, and every citation stays verbatim.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] Pieces =
    [
        "@everyone", "@here", "<!channel>", "<!here>", "<@U024BE7LH>", "<@!80351110224678912>", "<@&123>", "<#C123|general>",
        "＠everyone", "who proposed", "neutrality", "kirby", "?", "!!!", "**bold**", "`code`", "<script>alert(1)</script>",
        "&amp;", "\u202Eevil\u202C", "\u200B", "\0", "\u0007", "\r\n", "\t", "🙂", "🇺🇦", "مرحبا", "שלום", "привет мир",
        "Zelenskiy", "'; DROP TABLE quotes; --", "%s%s%n", "{{7*7}}", "\\", "\"", "’", "…", new string('x', 300),
    ];

    [Fact]
    public async Task Route_RandomHostileMessages_AlwaysReplySafely()
    {
        var router = TestCore.CreateRouter();
        var paragraphs = TestCore.Knowledge.Articles.ToDictionary(a => a.Id, a => a.Paragraphs);
        var random = new Random(20220329);

        for (var i = 0; i < 600; i++)
        {
            var text = string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var reply = await router.RouteAsync(new ChatMessage(text, "test"));

            Assert.False(string.IsNullOrWhiteSpace(reply.Text), text);
            foreach (var shown in Strings(reply))
            {
                Assert.DoesNotContain("@everyone", shown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("@here", shown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<@", shown, StringComparison.Ordinal);
                Assert.DoesNotContain("<!", shown, StringComparison.Ordinal);
            }

            Assert.All(reply.Citations, c => Assert.Contains(c.Quote, paragraphs[c.Source.ArticleId][c.Paragraph - 1], StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("@everyone who proposed neutrality")]
    [InlineData("<!channel> who proposed neutrality")]
    [InlineData("<@U024BE7LH> who proposed neutrality")]
    [InlineData("who\u0000 proposed\u202E neutrality\u200B")]
    public async Task Route_MentionsAndControlCharacters_AreIgnoredNotEchoed(string text)
    {
        var reply = await TestCore.CreateRouter().RouteAsync(new ChatMessage(text, "test"));

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("The Ukrainian delegation", reply.Citations[0].Speaker);
    }

    private static IEnumerable<string> Strings(Reply reply) =>
        new[] { reply.Text }
            .Concat(reply.Suggestions)
            .Concat(reply.Items.SelectMany(i => new[] { i.Title, i.Detail ?? "" }))
            .Concat(reply.Citations.SelectMany(c => new[] { c.Quote, c.Speaker, c.Role ?? "", c.Via ?? "" }));
}
