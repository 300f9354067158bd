using TalksBot.Core.Text;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Text;

/// <summary>The index reads a passage's or a quote's tokens out of its paragraph's tokens: they must be
/// exactly the tokens of the part on its own, wherever the part starts and ends.</summary>
public sealed class TokenizePartTests
{
    [Theory]
    [InlineData("The U.S. said so. Russia's envoy agreed.", 0, 17)]
    [InlineData("The U.S. said so. Russia's envoy agreed.", 4, 8)]
    [InlineData("The U.S. said so. Russia's envoy agreed.", 4, 7)]
    [InlineData("The U.S. said so. Russia's envoy agreed.", 18, 24)]
    [InlineData("The U.S. said so. Russia's envoy agreed.", 18, 26)]
    [InlineData("The U.S. said so. Russia's envoy agreed.", 19, 40)]
    [InlineData("They don't know. ‘We will,’ he said.", 17, 27)]
    [InlineData("They don't know. ‘We will,’ he said.", 5, 8)]
    [InlineData("Talks in Київ and İstanbul went on.", 9, 13)]
    [InlineData("Talks in Київ and İstanbul went on.", 0, 0)]
    public void Part_GivesTheTokensOfThePartOnItsOwn(string text, int start, int end) =>
        AssertSameAsAlone(text, start, end);

    [Fact]
    public void EverySpanOfTheSeedStatements_GivesTheTokensOfThePartOnItsOwn()
    {
        foreach (var article in TestCore.Knowledge.Articles)
        {
            foreach (var statement in article.Statements)
            {
                var paragraph = article.Paragraphs[statement.Paragraph - 1];
                var at = paragraph.IndexOf(statement.Quote, StringComparison.Ordinal);
                AssertSameAsAlone(paragraph, at, at + statement.Quote.Length);
                for (var shift = 1; shift <= 3; shift++)
                {
                    AssertSameAsAlone(paragraph, Math.Max(0, at - shift), Math.Min(paragraph.Length, at + statement.Quote.Length + shift));
                    AssertSameAsAlone(paragraph, Math.Min(at + shift, at + statement.Quote.Length), at + statement.Quote.Length);
                }
            }
        }
    }

    private static void AssertSameAsAlone(string text, int start, int end)
    {
        var part = new List<TextToken>();
        Tokenizer.TokenizePart(text, Tokenizer.Tokenize(text), start, end, part);

        Assert.Equal(Tokenizer.Tokenize(text[start..end]), part);
    }
}
