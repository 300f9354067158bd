using TalksBot.Core.Chat;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Ingest.Tests;

/// <summary>Done means: an article dropped into ingest is answered from, with its verbatim quotes correctly
/// attributed, next to the curated article.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Route_QuestionAboutIngestedArticle_AnswersWithItsVerbatimAttributedQuote()
    {
        using var data = new TempDataDirectory();
        Assert.Equal(IngestCommand.Success, data.Run(Fixtures.PathOf("wire-said.txt")).Code);
        var router = TestCore.CreateRouter(KnowledgeLoader.Load(data.Path, TimeProvider.System));

        var reply = await router.RouteAsync(new ChatMessage("what did Okafor say about monitoring?", "test"), CancellationToken.None);

        var citation = Assert.Single(reply.Citations, c => c.Quote == "Monitoring is the hard part");
        Assert.Equal("Grace Okafor", citation.Speaker);
        Assert.Equal("Meridian", citation.Source.Publisher);
    }

    [Fact]
    public async Task Route_QuestionAboutCuratedArticle_StillAnsweredAfterIngest()
    {
        using var data = new TempDataDirectory();
        data.Run(Fixtures.PathOf("british-told.txt"));
        var router = TestCore.CreateRouter(KnowledgeLoader.Load(data.Path, TimeProvider.System));

        var reply = await router.RouteAsync(new ChatMessage("what did Kirby say about the withdrawal?", "test"), CancellationToken.None);

        Assert.Contains(reply.Citations, c => c.Speaker == "John Kirby" && c.Quote.Contains("repositioning", StringComparison.Ordinal));
    }
}
