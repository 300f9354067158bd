using System.Text.Json.Nodes;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"which officials" after "Ostranian officials were skeptical …": the quoted people of that side on the same
/// statement, not the group again and not the other side.</summary>
public sealed class WhichOfTheGroupFollowUpTests : InventedArticleTests
{
    public WhichOfTheGroupFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-promise", "A promise doubted",
            ["Ostranian officials were skeptical that Veldoria would keep its promise to stop the shelling.",
             "“We will see if they keep the promise,” said Ostranian president Ivo Berg.",
             "“We keep our promise to stop the shelling,” said Veldorian minister Olga Rask."],
            [Person("berg", "Ivo Berg", "Ostranian president", "Berg"), Person("rask", "Olga Rask", "Veldorian minister", "Rask"),
             new JsonObject { ["id"] = "ostranian-officials", ["kind"] = "group", ["name"] = "Ostranian officials", ["aliases"] = new JsonArray() }],
            [Reported("officials-skeptical", 1, "ostranian-officials", "Ostranian officials were skeptical that Veldoria would keep its promise to stop the shelling."),
             Quote("berg-see", 2, "berg", "We will see if they keep the promise"),
             Quote("rask-keep", 3, "rask", "We keep our promise to stop the shelling")]);
    }

    [Theory]
    [InlineData("which officials")]
    [InlineData("who exactly?")]
    public async Task WhichOfTheGroup_GetsItsPeopleOnTheStatement(string followUp)
    {
        var router = TestCore.CreateRouter(Knowledge);
        var first = await ConversationTestKit.AskAsync(router, "g1", "were ostranian officials convinced by the promise");
        Assert.Equal("Ostranian officials", first.Citations[0].Speaker);

        var reply = await ConversationTestKit.AskAsync(router, "g1", followUp);

        Assert.Equal("Ivo Berg", reply.Citations[0].Speaker);
    }
}
