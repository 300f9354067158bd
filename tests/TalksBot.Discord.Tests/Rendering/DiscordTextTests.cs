using TalksBot.Discord.Rendering;

namespace TalksBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    private const char Zwsp = '\u200B';

    [Theory]
    [InlineData("@everyone look", "@\u200Beveryone look")]
    [InlineData("hi @here", "hi @\u200Bhere")]
    [InlineData("ask <@123> or <@!45> in <#6> with <@&7>", "ask <\u200B@123> or <\u200B@!45> in <\u200B#6> with <\u200B@&7>")]
    [InlineData("**bold** __under__ ~~gone~~ `code` ||spoiler||", @"\*\*bold\*\* \_\_under\_\_ \~\~gone\~\~ \`code\` \|\|spoiler\|\|")]
    [InlineData("[click](https://evil.example)", @"\[click\](https://evil.example)")]
    [InlineData("> not a quote\n# not a heading\n- not a list", "\\> not a quote\n\\# not a heading\n\\- not a list")]
    [InlineData("a - b > c # d", "a - b > c # d")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("tab\tbell\a", "tab bell")]
    public void Escape_HostileText_ShownLiterallyAndNeverAsMentionOrMarkup(string text, string expected)
    {
        Assert.Equal(expected, DiscordText.Escape(text));
    }

    [Theory]
    [InlineData("alpha beta gamma", 12, "alpha beta…")]
    [InlineData("alpha beta gamma", 16, "alpha beta gamma")]
    [InlineData("alphabetagammadelta", 10, "alphabeta…")]
    [InlineData("", 5, "")]
    public void Truncate_CutsAtWordBoundaryWithMark(string text, int max, string expected)
    {
        Assert.Equal(expected, DiscordText.Truncate(text, max));
    }

    [Fact]
    public void Truncate_NeverSplitsSurrogatePairsEscapesOrMentionGuards()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 20));
        var escapes = DiscordText.Escape(new string('*', 40));
        var guards = DiscordText.Escape(string.Concat(Enumerable.Repeat("<@1>", 20)));

        for (var max = 2; max < 40; max++)
        {
            var cutEmoji = DiscordText.Truncate(emoji, max);
            var cutEscapes = DiscordText.Truncate(escapes, max);
            var cutGuards = DiscordText.Truncate(guards, max);

            Assert.False(cutEmoji.Length >= 2 && char.IsHighSurrogate(cutEmoji[^2]), cutEmoji);
            Assert.True(cutEscapes.TrimEnd('…').Length % 2 == 0, cutEscapes);
            Assert.DoesNotContain("<@", cutGuards);
            Assert.All([cutEmoji, cutEscapes, cutGuards], s => Assert.InRange(s.Length, 1, max));
        }
    }

    [Fact]
    public void OneLine_CollapsesWhitespaceRuns()
    {
        Assert.Equal("a b c", DiscordText.OneLine("  a \n\n b\t c  "));
        Assert.DoesNotContain(Zwsp.ToString(), DiscordText.OneLine("x y"));
    }
}
