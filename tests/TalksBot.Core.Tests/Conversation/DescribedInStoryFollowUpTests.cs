using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"and the rear admiral?", "what about the harbour woman" after a statement: the one the same story quotes whom the words
/// describe, not a speaker of another story the same words fit (two invented stories, each with an admiral).</summary>
public sealed class DescribedInStoryFollowUpTests : InventedArticleTests
{
    public DescribedInStoryFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-07-13-corridor", "Corridor talks make headway",
            [
                "“The checks at the ports are agreed,” ministry spokesman Ivo Berg said.",
                "The delegation was led by Rear Admiral Olev Kask, who said: “The ports stay in our hands.”",
                "Harbour official Aija Liepa said: “Mines do not disappear in a week.”",
            ],
            [Person("berg", "Ivo Berg", "ministry spokesman", "Berg"), Person("kask", "Olev Kask", "Rear Admiral", "Kask"),
                Person("liepa", "Aija Liepa", "harbour official", "Liepa")],
            [
                Quote("berg-checks", 1, "berg", "The checks at the ports are agreed"),
                Quote("kask-ports", 2, "kask", "The ports stay in our hands."),
                Quote("liepa-mines", 3, "liepa", "Mines do not disappear in a week."),
            ]);
        Write("ledger-2022-08-01-fleet", "Fleet returns",
            ["“The fleet is home,” Rear Admiral Mart Sepp said."],
            [Person("sepp", "Mart Sepp", "Rear Admiral", "Sepp")],
            [Quote("sepp-fleet", 1, "sepp", "The fleet is home")],
            date: "2022-08-01");
    }

    [Theory]
    [InlineData("and the admiral?", "The ports stay in our hands.")]
    [InlineData("what about the harbour woman", "Mines do not disappear in a week.")]
    public async Task ARoleOnlyFollowUp_IsTheOneTheSameStoryQuotesAsThat(string followUp, string quote)
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ivo Berg", (await AskAsync(router, "d1", "what did the ministry spokesman say about the checks")).Citations[0].Speaker);

        var answer = await AskAsync(router, "d1", followUp);

        Assert.Equal(quote, answer.Citations[0].Quote);
    }
}
