using System.Text.RegularExpressions;
using TalksBot.Core.Chat;
using TalksBot.Slack.Tests.FakeSlack;
using TalksBot.Slack.Tests.Support;
using static TalksBot.Slack.Tests.FakeSlack.SlackPayloads;

namespace TalksBot.Slack.Tests;

public sealed partial class MentionSafetyTests : BotTestBase
{
    private const string HostileQuote = "Tell <!channel> and <!here>, <!everyone> & <@U0VICTIM>: <https://evil.example|click> now";

    protected override Task<BotHost> StartBotAsync(FakeSlackServer slack)
    {
        // The router echoes the question back and quotes a hostile source, as a worst case.
        var router = new FakeRouter(message => new Reply(ReplyKind.Answer, "You asked: " + message.Text)
        {
            Citations = [FakeRouter.Citation(HostileQuote, speaker: "<@U0VICTIM> & co")],
            Suggestions = ["ask about <!subteam^S123|@team>"],
        });
        return BotHost.StartHttpAsync(slack, router);
    }

    [Fact]
    public async Task MassMentionsInQuestionAndQuote_NeverReachSlackUnescaped()
    {
        // As Slack delivers it: real mentions as markup, a typed "<" escaped by Slack.
        var question = Mention("<!channel> <!here|here> what did <@U0VICTIM|victim> say &lt;!everyone&gt; &amp; why?");

        await Bot.PostEventAsync(AppMention("Ev2001", question));

        var post = await SinglePostAsync();
        Assert.Equal("@channel @here what did @victim say <!everyone> & why?", Assert.Single(Bot.Router.Messages).Text);
        foreach (var text in SlackJson.Texts(post.Json))
        {
            var withoutOwnLinks = OwnLink().Replace(text, "");
            Assert.DoesNotContain("<", withoutOwnLinks, StringComparison.Ordinal);
            Assert.DoesNotContain(">", withoutOwnLinks, StringComparison.Ordinal);
            Assert.DoesNotMatch(BareAmpersand(), withoutOwnLinks);
        }

        var all = SlackJson.AllText(post.Json);
        Assert.Contains("&lt;!channel&gt; and &lt;!here&gt;, &lt;!everyone&gt; &amp; &lt;@U0VICTIM&gt;", all, StringComparison.Ordinal);
        Assert.Contains("You asked: @channel @here what did @victim say &lt;!everyone&gt; &amp; why?", all, StringComparison.Ordinal);
        Assert.False(post.Json.TryGetProperty("link_names", out _));
        Assert.False(post.Json.TryGetProperty("parse", out _));
    }

    // The renderer's own article link, built from the data's URL: <https://news.example.org/...|label>.
    [GeneratedRegex(@"<https://news\.example\.org/[^<>|\s]*\|[^<>]*>")]
    private static partial Regex OwnLink();

    [GeneratedRegex(@"&(?!amp;|lt;|gt;)")]
    private static partial Regex BareAmpersand();
}
