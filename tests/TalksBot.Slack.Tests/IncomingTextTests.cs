using TalksBot.Slack.Events;

namespace TalksBot.Slack.Tests;

public sealed class IncomingTextTests
{
    [Theory]
    [InlineData("<@UBOT> who proposed neutrality?", "who proposed neutrality?")]
    [InlineData("<@UBOT|talksbot> who proposed neutrality?", "who proposed neutrality?")]
    [InlineData("so <@UBOT>, who proposed   neutrality?", "so , who proposed neutrality?")]
    [InlineData("<@UBOT>", "")]
    [InlineData("quotes <@U123|alex>", "quotes @alex")]
    [InlineData("quotes <@U123>", "quotes @someone")]
    [InlineData("<!channel> <!here> <!everyone> hi", "@channel @here @everyone hi")]
    [InlineData("<!subteam^S123|@negotiators> hi", "@negotiators hi")]
    [InlineData("see <#C123|general> and <https://example.org/a|this article>", "see #general and this article")]
    [InlineData("see <https://example.org/a>", "see https://example.org/a")]
    [InlineData("a &lt;b&gt; &amp;amp; c", "a <b> &amp; c")]
    [InlineData(null, "")]
    public void ToQuestion_StripsOwnMentionAndMakesMarkupReadable(string? slackText, string expected) =>
        Assert.Equal(expected, IncomingText.ToQuestion(slackText, "UBOT"));
}
