using TalksBot.Core.Chat;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Two articles about the talks: answers cite each article, the same person is one actor,
/// outlets and dates narrow the answer, and differing renderings of one remark are shown together.</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly CorpusFixture _corpus = new(CorpusFixture.FollowUpArticle);
    private readonly Knowledge.KnowledgeBase _knowledge;
    private readonly IQueryEngine _engine;

    public CorpusTests()
    {
        _knowledge = KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System);
        _engine = TestCore.CreateEngine(_knowledge);
    }

    [Fact]
    public void TwoRenderingsOfOneRemark_AreShownTogetherEachWithItsOutlet()
    {
        var answer = _engine.Ask("did medinsky say this was a ceasefire?");

        Assert.True(answer.Answered);
        var medinsky = answer.Citations.Take(2).ToList();
        Assert.All(medinsky, c => Assert.Equal("Vladimir Medinsky", c.Speaker));
        Assert.Equal(["Reuters", "Interfax"], medinsky.Select(c => c.Via).Order(StringComparer.Ordinal).Reverse());
        Assert.NotEqual(medinsky[0].Source.ArticleId, medinsky[1].Source.ArticleId);
        Assert.Contains("renders it differently", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SamePersonAcrossArticles_IsOneSpeaker()
    {
        var answer = _engine.QuotesOf("Podoliak");

        Assert.Equal(["courier-2022-03-30-istanbul-follow-up", "dailywire-2022-03-29-istanbul-talks"],
            answer.Citations.Select(c => c.Source.ArticleId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(answer.Citations, c => Assert.Equal("Mykhailo Podolyak", c.Speaker));
    }

    [Fact]
    public void QuestionNamingAnOutlet_CitesWhatCameThroughIt()
    {
        var answer = _engine.Ask("what did interfax report");

        Assert.True(answer.Answered);
        Assert.Equal("Interfax", answer.Citations[0].Via);
    }

    [Theory]
    [InlineData("how did the kyiv courier report medinsky on the ceasefire", "courier-2022-03-30-istanbul-follow-up")]
    [InlineData("medinsky on the ceasefire, daily wire version", "dailywire-2022-03-29-istanbul-talks")]
    public void QuestionNamingAPublisher_CitesThatPublishersRenderingFirst(string question, string article)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Vladimir Medinsky", answer.Citations[0].Speaker);
        Assert.Equal(article, answer.Citations[0].Source.ArticleId);
    }

    [Theory]
    [InlineData("what did interfax quote medinsky saying", "Interfax")]
    [InlineData("in the reuters version what did medinsky say", "Reuters")]
    [InlineData("how did interfax render medinsky", "Interfax")]
    [InlineData("what did interfax say medinsky said", "Interfax")]
    public void QuestionNamingAnOutletBesideAPerson_CitesThatPersonsWordsThroughIt(string question, string outlet)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Vladimir Medinsky", answer.Citations[0].Speaker);
        Assert.Equal(outlet, answer.Citations[0].Via);
    }

    [Theory]
    [InlineData("what was said about the referendum on march 30", "2022-03-30")]
    [InlineData("what was said about the referendum on 29 March", "2022-03-29")]
    [InlineData("referendum 2022-03-30", "2022-03-30")]
    public void QuestionNamingADate_PrefersThatDaysArticle(string question, string date)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), answer.Citations[0].Source.Date);
        Assert.Contains("referendum", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_ListsEveryArticleNewestFirst()
    {
        var reply = await TestCore.CreateRouter(_knowledge).RouteAsync(new ChatMessage("sources", "test"));

        Assert.Equal(["Negotiators describe Istanbul round as a start, not a truce", "Russia pledges to de-escalate around Kyiv and Chernihiv as Istanbul peace talks make some progress"],
            reply.Items.Select(i => i.Title));
        Assert.Equal(new Uri("https://courier.example/2022/03/30/istanbul-follow-up"), reply.Items[0].Link);
    }

    [Fact]
    public void EveryCitation_IsVerbatimInItsOwnArticle()
    {
        var paragraphs = _knowledge.Articles.ToDictionary(a => a.Id, a => a.Paragraphs);
        foreach (var question in new[] { "what did medinsky say", "who called the talks a start", "what about the referendum", "what did podolyak say" })
        {
            Assert.All(_engine.Ask(question).Citations, c => Assert.Contains(c.Quote, paragraphs[c.Source.ArticleId][c.Paragraph - 1], StringComparison.Ordinal));
        }
    }

    public void Dispose() => _corpus.Dispose();
}
