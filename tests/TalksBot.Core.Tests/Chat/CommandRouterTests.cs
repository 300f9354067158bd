using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Chat;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Chat;

public sealed class CommandRouterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ICommandRouter _router;

    public CommandRouterTests() => _router = TestCore.CreateRouter(time: _time);

    [Fact]
    public async Task Route_PlainQuestion_AnswersWithAPageOfCitations()
    {
        var reply = await RouteAsync("Who proposed neutrality?");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("The Ukrainian delegation", reply.Citations[0].Speaker);
        Assert.Equal("The New York Times", reply.Citations[0].Via);
        Assert.InRange(reply.Citations.Count, 1, 3);
        Assert.False(reply.IsPrivate);
    }

    [Fact]
    public async Task Route_AskCommand_IsTheSameAsAPlainQuestion()
    {
        var plain = await RouteAsync("what did kirby say");
        var asked = await RouteAsync("/ask what did kirby say");

        Assert.Equal(plain.Text, asked.Text);
        Assert.Equal(plain.Citations, asked.Citations);
    }

    [Fact]
    public async Task Route_MoreButton_ShowsTheNextCitations()
    {
        var first = await RouteAsync("what did the russian side say");
        Assert.NotNull(first.More);

        var second = await RouteAsync(first.More!.Command);

        Assert.Equal(ReplyKind.Answer, second.Kind);
        Assert.Equal(4, second.FirstCitationNumber);
        Assert.Equal(first.TotalCitations, second.TotalCitations);
        Assert.Empty(second.Citations.Intersect(first.Citations));
        Assert.True(first.More.Command.Length <= FollowUp.MaxCommandLength);
    }

    [Fact]
    public async Task Route_MoreAfterItExpired_SaysToAskAgain()
    {
        var first = await RouteAsync("what did the russian side say");

        _time.Advance(TimeSpan.FromHours(7));
        var later = await RouteAsync(first.More!.Command);

        Assert.Equal(ReplyKind.Error, later.Kind);
        Assert.Contains("ask the question again", later.Text);
        Assert.Empty(later.Citations);
    }

    [Fact]
    public async Task Route_QuestionStartingWithMore_IsAQuestion()
    {
        var reply = await RouteAsync("more about the referendum");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("referendum", reply.Citations[0].Quote);
    }

    [Fact]
    public async Task Route_Help_ListsCommandsPrivately()
    {
        var reply = await RouteAsync("help");

        Assert.Equal(ReplyKind.Help, reply.Kind);
        Assert.True(reply.IsPrivate);
        Assert.Contains(reply.Items, i => i.Title.StartsWith("quotes", StringComparison.Ordinal));
        Assert.NotEmpty(reply.Suggestions);
    }

    [Fact]
    public async Task Route_Speakers_ListsEveryoneQuotedWithRoles()
    {
        var reply = await RouteAsync("speakers");

        Assert.Equal(ReplyKind.List, reply.Kind);
        var kirby = Assert.Single(reply.Items, i => i.Title == "John Kirby");
        Assert.Contains("Pentagon spokesman", kirby.Detail);
        Assert.Contains(reply.Items, i => i.Title == "Volodymyr Zelensky");
        Assert.DoesNotContain(reply.Items, i => i.Title == "ABC News");
    }

    [Fact]
    public async Task Route_Sources_ListsTheArticles()
    {
        var reply = await RouteAsync("sources");

        var article = Assert.Single(reply.Items);
        Assert.Contains("The Daily Wire", article.Detail);
        Assert.Contains("29 March 2022", article.Detail);
    }

    [Theory]
    [InlineData("what outlets do you have")]
    [InlineData("which articles r u using?")]
    public async Task Route_AskingWhatTheBotAnswersFrom_ListsTheArticles(string question)
    {
        var reply = await RouteAsync(question);

        Assert.Equal(ReplyKind.List, reply.Kind);
        Assert.Contains("The Daily Wire", Assert.Single(reply.Items).Detail);
    }

    [Theory]
    [InlineData("who wrote this article")]
    [InlineData("who's the author?")]
    public async Task Route_AskingWhoWroteTheArticle_SaysTheCoverageDoesNotNameThem_CitingNothing(string question)
    {
        var reply = await RouteAsync(question);

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.Empty(reply.Citations);
        Assert.Contains("The Daily Wire", reply.Text);
    }

    [Fact]
    public async Task Route_WhoWroteThat_AsksAboutAStatement_NotTheArticle()
    {
        var reply = await RouteAsync("who wrote that");

        Assert.DoesNotContain("doesn't name who wrote", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_QuotesOfAPerson_ListsTheirStatements()
    {
        var reply = await RouteAsync("quotes Zelenskiy");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.All(reply.Citations.Where(c => !c.IsCounterpoint), c => Assert.Equal("Volodymyr Zelensky", c.Speaker));
        Assert.Equal(3, reply.TotalCitations);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("ask")]
    public async Task Route_NothingToWorkWith_ExplainsPrivately(string text)
    {
        var reply = await RouteAsync(text);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.True(reply.IsPrivate);
        Assert.NotEmpty(reply.Text);
    }

    [Fact]
    public async Task Route_QuotesOfSomeoneUnknown_SaysWhoIsQuoted()
    {
        var reply = await RouteAsync("quotes Lavrov");

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.Contains("John Kirby", reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task Route_TenThousandCharacters_SaysItIsTooLong()
    {
        var reply = await RouteAsync(new string('a', 10_000));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("10000 characters", reply.Text);
    }

    private ValueTask<Reply> RouteAsync(string text) => _router.RouteAsync(new ChatMessage(text, "test"));
}
