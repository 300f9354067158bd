using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"what did Berg say the next day", "and Vell in the same piece?", "and the day before?": a day or an article given
/// relative to the statement just shown, on invented reports of two days from two outlets.</summary>
public sealed class RelativeOccasionFollowUpTests : InventedArticleTests
{
    public RelativeOccasionFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-29-portvik", "Portvik waits for the convoy",
            ["Mayor Ana Vell said: “The convoy has not reached the harbour.”",
             "Governor Ivo Berg said: “Every road into Portvik is open to the convoy.”"],
            [Vell(), Berg()],
            [Quote("vell-convoy", 1, "vell", "The convoy has not reached the harbour."),
             Quote("berg-roads", 2, "berg", "Every road into Portvik is open to the convoy.")],
            date: "2022-03-29");
        Write("herald-2022-03-30-portvik", "Portvik counts the damage",
            ["Governor Ivo Berg said: “The bridge at Portvik will be rebuilt by summer.”",
             "Mayor Ana Vell said: “Families are sleeping in the school gym.”"],
            [Vell(), Berg()],
            [Quote("berg-bridge", 1, "berg", "The bridge at Portvik will be rebuilt by summer."),
             Quote("vell-gym", 2, "vell", "Families are sleeping in the school gym.")],
            date: "2022-03-30", publisher: "The Herald");
    }

    [Theory]
    [InlineData("what did vell say about the convoy", "what did berg say the next day")]
    [InlineData("what did vell say about the convoy", "what did berg say a day later about the bridge")]
    [InlineData("what did vell say about families", "what did berg say a few hours later")]
    public async Task AnotherSpeakerADayOrHoursLater_GetsTheirWordsOfThatDayFirst(string first, string later)
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ana Vell", (await AskAsync(router, "n1", first)).Citations[0].Speaker);

        var berg = await AskAsync(router, "n1", later);

        Assert.Equal(ReplyKind.Answer, berg.Kind);
        Assert.Equal("The bridge at Portvik will be rebuilt by summer.", berg.Citations[0].Quote);
    }

    [Fact]
    public async Task AnotherSpeakerInTheSamePiece_GetsTheirWordsInThatArticleFirst_AndTheDayBeforeGoesBackADay()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("The bridge at Portvik will be rebuilt by summer.", (await AskAsync(router, "p1", "what did berg say about the bridge")).Citations[0].Quote);

        var vell = await AskAsync(router, "p1", "and vell in the same piece?");
        Assert.Equal("Families are sleeping in the school gym.", vell.Citations[0].Quote);

        var before = await AskAsync(router, "p1", "and the day before?");

        Assert.Equal(ReplyKind.Answer, before.Kind);
        Assert.Equal("The convoy has not reached the harbour.", before.Citations[0].Quote);
    }

    [Theory]
    [InlineData("is that report confirmed?")]
    [InlineData("what was that date?")]
    [InlineData("was that the same day?")]
    [InlineData("when did he say that, the same day?")]
    [InlineData("did berg speak the day after vell")]
    [InlineData("who else spoke the next day")]
    public void AMessageAboutTheStatementOrWithAnAnchorOfItsOwn_IsNotReadAsADayOrAnArticle(string message)
    {
        var resolver = new FollowUpResolver(new KnowledgeStore(Knowledge));

        var resolved = resolver.Resolve(message, AfterVellOnTheConvoy(resolver));

        Assert.DoesNotContain(" on 2022-", resolved.Question, StringComparison.Ordinal);
        Assert.DoesNotContain(" on March", resolved.Question, StringComparison.Ordinal);
        Assert.DoesNotContain(" in The Ledger", resolved.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDayNamed_IsNoTopicOfTheTurnItMakes()
    {
        var resolver = new FollowUpResolver(new KnowledgeStore(Knowledge));

        var resolved = resolver.Resolve("what did berg say the next day", AfterVellOnTheConvoy(resolver));
        var turn = resolver.TurnOf(resolved.Question, Engine.Ask(resolved.Question).Citations, null);

        Assert.Equal("Ivo Berg", turn!.Speaker);
        Assert.Equal("", turn.Topic);
    }

    private IReadOnlyList<ConversationTurn> AfterVellOnTheConvoy(FollowUpResolver resolver) =>
        [resolver.TurnOf("what did vell say about the convoy", Engine.Ask("what did vell say about the convoy").Citations, null)!];

    private static System.Text.Json.Nodes.JsonObject Vell() => Person("vell", "Ana Vell", "mayor", "Vell");

    private static System.Text.Json.Nodes.JsonObject Berg() => Person("berg", "Ivo Berg", "governor", "Berg");
}
