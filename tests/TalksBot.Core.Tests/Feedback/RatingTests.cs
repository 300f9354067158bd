using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Feedback;

public sealed class RatingTests : IDisposable
{
    private readonly FeedbackFixture _feedback = new();

    public void Dispose() => _feedback.Dispose();

    [Fact]
    public async Task Answer_CarriesARatingOfItsQuestionAndShownCitations()
    {
        var reply = await _feedback.Router.RouteAsync(new ChatMessage("ask who proposed neutrality?", "test"));

        var rating = Assert.IsType<RatedAnswer>(reply.Rating);
        Assert.Equal("who proposed neutrality?", rating.Question);
        Assert.True(rating.Answered);
        Assert.Equal(reply.Citations.Count, rating.StatementIds.Count);
        var articles = TestCore.Knowledge.Articles;
        Assert.All(rating.StatementIds, id => Assert.Contains(articles, a => a.Statements.Any(s => id == a.Id + "/" + s.Id)));
    }

    [Fact]
    public async Task Abstention_IsRatedToo()
    {
        var reply = await _feedback.Router.RouteAsync(new ChatMessage("what is the capital of Peru", "test"));

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.False(reply.Rating!.Answered);
        Assert.Empty(reply.Rating.StatementIds);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("speakers")]
    [InlineData("sources")]
    [InlineData("")]
    public async Task ListingsHelpAndErrors_AreNotRated(string text)
    {
        Assert.Null((await _feedback.Router.RouteAsync(new ChatMessage(text, "test"))).Rating);
    }

    [Fact]
    public async Task LaterPages_CarryTheFirstPagesRating()
    {
        var first = await _feedback.Router.RouteAsync(new ChatMessage("what did kirby say", "test"));
        var more = await _feedback.Router.RouteAsync(new ChatMessage(first.More!.Command, "test"));

        Assert.NotNull(first.Rating);
        Assert.Equal(ReplyKind.Answer, more.Kind);
        Assert.True(more.FirstCitationNumber > 1);
        Assert.Same(first.Rating, more.Rating);
    }

    [Fact]
    public void Token_ThreeCitationsAndAShortQuestion_FitADiscordCustomId()
    {
        var rated = new RatedAnswer("k3f9x2mz7q", "who proposed neutrality", true, ["a/one", "a/two", "b/three"]);

        var token = RatingToken.From(rated).Encode(94)!;
        var decoded = RatingToken.Decode(token)!;

        Assert.True(token.Length <= 94);
        Assert.Equal(rated.Key, decoded.Key);
        Assert.True(decoded.Answered);
        Assert.Equal(rated.StatementIds.Select(StatementLookupRef), decoded.StatementRefs);
        Assert.Equal(rated.Question, decoded.Question);
    }

    [Fact]
    public void Token_QuestionWithTheSeparator_RoundTrips()
    {
        var rated = new RatedAnswer("k3f9x2mz7q", "a|b|c?", false, []);

        Assert.Equal("a|b|c?", RatingToken.Decode(RatingToken.From(rated).Encode(2000))!.Question);
    }

    [Fact]
    public void Token_TooSmallForAnything_IsNull()
    {
        Assert.Null(RatingToken.From(new RatedAnswer("k3f9x2mz7q", "q", true, [])).Encode(5));
    }

    private static string StatementLookupRef(string id) => RatingToken.From(new RatedAnswer("k3f9x2mz7q", "", true, [id])).StatementRefs[0];
}
