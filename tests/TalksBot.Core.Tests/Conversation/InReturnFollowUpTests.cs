using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"and what did Vell say in return" after Berg: Vell answering what Berg said, not Vell on the word "return".</summary>
public sealed class InReturnFollowUpTests : InventedArticleTests
{
    public InReturnFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-river", "River talks",
            ["“Ostrania will share the river water,” Ostranian negotiator Ivo Berg said.",
             "“Sharing the river water is not enough,” Veldorian negotiator Ana Vell said."],
            [Person("berg", "Ivo Berg", "Ostranian negotiator", "Berg"), Person("vell", "Ana Vell", "Veldorian negotiator", "Vell")],
            [Quote("berg-share", 1, "berg", "Ostrania will share the river water"),
             Quote("vell-enough", 2, "vell", "Sharing the river water is not enough")]);
    }

    [Theory]
    [InlineData("and what did vell say in return")]
    [InlineData("what did vell say in response?")]
    public async Task TheNamedSpeakerInReturn_AnswersTheLastStatement(string followUp)
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ivo Berg", (await ConversationTestKit.AskAsync(router, "r1", "what did berg say about the river")).Citations[0].Speaker);

        var reply = await ConversationTestKit.AskAsync(router, "r1", followUp);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Ana Vell", reply.Citations[0].Speaker);
    }
}
