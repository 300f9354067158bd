using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"when?" after a statement that looks ahead ("will be followed by a meeting") and tells no time: the time of that
/// meeting in the speaker's next words; after a statement that tells its time, the same statement (when it was said).</summary>
public sealed class WhenAheadFollowUpTests : InventedArticleTests
{
    public WhenAheadFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-mediator", "Mediator looks ahead",
            ["“The talks will be followed by a meeting of the ministers,” mediator Ivo Berg said.",
             "“That meeting may take place in a week or two,” Berg added.",
             "“The harbour was shelled on Monday,” port chief Ana Vell said."],
            [Person("berg", "Ivo Berg", "mediator", "Berg"), Person("vell", "Ana Vell", "port chief", "Vell")],
            [Quote("berg-followed", 1, "berg", "The talks will be followed by a meeting of the ministers"),
             Quote("berg-week", 2, "berg", "That meeting may take place in a week or two"),
             Quote("vell-shelled", 3, "vell", "The harbour was shelled on Monday")]);
    }

    [Fact]
    public async Task When_AfterAStatementLookingAhead_ShowsTheTimeOfWhatItLooksAheadTo()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var first = await ConversationTestKit.AskAsync(router, "a1", "what did berg say would follow the talks");
        Assert.Equal("The talks will be followed by a meeting of the ministers", first.Citations[0].Quote);

        var when = await ConversationTestKit.AskAsync(router, "a1", "when?");

        Assert.Equal("That meeting may take place in a week or two", when.Citations[0].Quote);
    }

    [Fact]
    public async Task When_AfterAStatementThatTellsItsTime_ShowsThatStatement()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ana Vell", (await ConversationTestKit.AskAsync(router, "a2", "what did the port chief say")).Citations[0].Speaker);

        var when = await ConversationTestKit.AskAsync(router, "a2", "when?");

        Assert.Equal("The harbour was shelled on Monday", when.Citations[0].Quote);
    }
}
