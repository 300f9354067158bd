using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"and NATO?" after the Pentagon spokesman on the pullback, when he said nothing of NATO: what NATO's people (by
/// their role) said on the same thing, not whatever mentions NATO.</summary>
public sealed class BodyFollowUpTests : InventedArticleTests
{
    public BodyFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-pullback", "Pullback from the capital",
            ["“Some units are withdrawing from the capital,” Pentagon spokesman Ivo Berg said.",
             "“The units are not withdrawing from the capital, they are regrouping,” NATO Secretary-General Olga Rask said.",
             "“Ostrania will never join NATO,” foreign minister Ina Vell said."],
            [Person("berg", "Ivo Berg", "Pentagon spokesman", "Berg"), Person("rask", "Olga Rask", "NATO Secretary-General", "Rask"),
             Person("vell", "Ina Vell", "foreign minister", "Vell")],
            [Quote("berg-pullback", 1, "berg", "Some units are withdrawing from the capital"),
             Quote("rask-pullback", 2, "rask", "The units are not withdrawing from the capital, they are regrouping"),
             Quote("vell-nato", 3, "vell", "Ostrania will never join NATO")]);
    }

    [Fact]
    public async Task ABodyAfterASpeakerWhoSaidNothingOfIt_GetsItsPeopleOnTheLastStatement()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var first = await ConversationTestKit.AskAsync(router, "b1", "what did berg say about the withdrawal");
        Assert.Equal("Ivo Berg", first.Citations[0].Speaker);

        var body = await ConversationTestKit.AskAsync(router, "b1", "and nato?");

        Assert.Equal("Olga Rask", body.Citations[0].Speaker);
    }
}
