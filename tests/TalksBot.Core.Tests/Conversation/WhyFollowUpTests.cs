using TalksBot.Core.Chat;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"why?" (or "where was she") after a statement whose article gives no reason (or place) reads the same speaker on
/// it in another article; when no words give one, what the speaker said next comes first, then the statement asked about.</summary>
public sealed class WhyFollowUpTests
{
    private readonly ICommandRouter _router = TestCore.CreateRouter(Border);
    private readonly ICommandRouter _seed = TestCore.CreateRouter();

    [Fact]
    public async Task Why_AfterAQuoteCutShort_ReadsWhatTheSpeakerSaidInTheArticleElsewhere()
    {
        var first = await AskAsync(_router, "w4", "who said we simply cannot");
        Assert.Equal("We simply cannot ke", first.Citations[0].Quote);

        var why = await AskAsync(_router, "w4", "why?");
        // The reason stands before the quote ("in an effort to"): the article's sentence holding both is cited.
        Assert.Equal("Ilse Vell told the Herald that Sudmark would cut grain duties by half in an effort to “win back the river trade.”", why.Citations[0].Quote);
    }

    [Fact]
    public async Task WhereWasShe_FindsThePlaceAnotherOutletGave()
    {
        var first = await AskAsync(_router, "w3", "what did vell say about tariffs");
        Assert.Equal("halve the tariffs on grain from the first of the month.", first.Citations[0].Quote);

        var where = await AskAsync(_router, "w3", "where was she");
        Assert.Equal("We will not wait for Norland.", where.Citations[0].Quote);
    }

    [Theory]
    [InlineData("why?")]
    [InlineData("reason?")]
    [InlineData("whats the reason")]
    public async Task Why_WithNoReasonInWords_ShowsWhatTheSpeakerSaidNextFirst(string followUp)
    {
        var first = await AskAsync(_seed, "w2", "what did kirby say about the withdrawal");
        Assert.Contains("repositioning", first.Citations[0].Quote, StringComparison.Ordinal);

        var why = await AskAsync(_seed, "w2", followUp);
        Assert.Contains("reprioritizing the Donbas", why.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal(first.Citations[0], why.Citations[1]);
    }

    [Fact]
    public async Task Why_FindsTheReasonAnotherOutletGave()
    {
        var first = await AskAsync(_router, "w1", "what did vell say about tariffs");
        Assert.Equal("halve the tariffs on grain from the first of the month.", first.Citations[0].Quote);

        var why = await AskAsync(_router, "w1", "why?");
        // The reason stands before the quote ("in an effort to"): the article's sentence holding both is cited.
        Assert.Equal("Ilse Vell told the Herald that Sudmark would cut grain duties by half in an effort to “win back the river trade.”", why.Citations[0].Quote);
        Assert.Equal("The River Herald", why.Citations[0].Source.Publisher);
    }
}
