using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Tests;

public sealed class QuoteScannerTests
{
    [Theory]
    [InlineData("“We are ready,” he said.", false, new[] { "We are ready," })]
    [InlineData("\"We are ready,\" he said.", false, new[] { "We are ready," })]
    [InlineData("“We are ready,” he said, “to talk.”", false, new[] { "We are ready,", "to talk." })]
    [InlineData("“He told me, ‘never,’ and meant it,” she said.", false, new[] { "He told me, ‘never,’ and meant it," })]
    [InlineData("\"When they say 'later', we hear 'never',\" he said.", false, new[] { "When they say 'later', we hear 'never'," })]
    [InlineData("Russia’s envoy said the Kremlin’s “offer stands … for now.”", false, new[] { "offer stands … for now." })]
    [InlineData("'We don't make promises we can't keep,' she said.", true, new[] { "We don't make promises we can't keep," })]
    [InlineData("‘The Russians’ plan is not ours,’ he told the BBC.", true, new[] { "The Russians’ plan is not ours," })]
    [InlineData("She said the farmers' anger was 'real'.", true, new[] { "real" })]
    [InlineData("He said it was ‘still too cautious’ on Ukraine and called the talks ‘tense’.", true, new[] { "still too cautious", "tense" })]
    [InlineData("‘The Russians’ proposal is a ‘dead end’ for everyone,’ he said.", true, new[] { "The Russians’ proposal is a ‘dead end’ for everyone," })]
    [InlineData("Weber sagte: „Das ist ein guter Tag.“ He called it „a turning point“.", false, new[] { "Das ist ein guter Tag.", "a turning point" })]
    [InlineData("Ilic called it „a step nobody can undo”, adding: „We sign nothing else.”", false, new[] { "a step nobody can undo", "We sign nothing else." })]
    public void Scan_Paragraph_FindsTopLevelQuotes(string paragraph, bool singleQuoteStyle, string[] expected)
    {
        var quotes = QuoteScanner.Scan(paragraph, singleQuoteStyle ? QuoteStyle.Single : QuoteStyle.Double);

        Assert.Equal(expected, quotes.Select(q => q.Inner(paragraph)));
        Assert.All(quotes, q => Assert.False(q.RunsOn));
    }

    [Fact]
    public void Scan_QuoteContinuingIntoNextParagraph_RunsOnToTheEnd()
    {
        const string paragraph = "“It should not become the reason they stop speaking,” Okafor said. “My job is to keep them talking.";

        var quotes = QuoteScanner.Scan(paragraph, QuoteStyle.Double);

        Assert.True(quotes[^1].RunsOn);
        Assert.Equal("My job is to keep them talking.", quotes[^1].Inner(paragraph));
    }

    [Theory]
    [InlineData(new[] { "“Yes,” he said.", "“No,” she said." }, false)]
    [InlineData(new[] { "‘Yes,’ he said.", "'No,' she told the paper. It wasn't 'final'." }, true)]
    public void DetectStyle_Article_PicksItsPrimaryQuotationMark(string[] paragraphs, bool singleQuoteStyle) =>
        Assert.Equal(singleQuoteStyle ? QuoteStyle.Single : QuoteStyle.Double, QuoteScanner.DetectStyle(paragraphs));
}
