using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"did she explain why …" after a statement: declined when the statement gives no reason (repeating it would look
/// like an answer), answered when it does. An invented article.</summary>
public sealed class ReasonGivenFollowUpTests : InventedArticleTests
{
    public ReasonGivenFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-fees", "Harbour fees",
            ["Envoy Ilse Vell said: “The tariffs will stay for now.”",
             "Mayor Ivo Berg said: “We cut the harbour fees because the quays stood empty.”"],
            [Person("vell", "Ilse Vell", "envoy", "Vell"), Person("berg", "Ivo Berg", "mayor", "Berg")],
            [Quote("vell-tariffs", 1, "vell", "The tariffs will stay for now."),
             Quote("berg-fees", 2, "berg", "We cut the harbour fees because the quays stood empty.")]);
    }

    [Fact]
    public async Task DidSheExplainWhy_AfterAStatementGivingNoReason_IsDeclined()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ilse Vell", (await AskAsync(router, "r1", "what did vell say about the tariffs")).Citations[0].Speaker);

        var why = await AskAsync(router, "r1", "did she explain why the tariffs stay?");

        Assert.Equal(ReplyKind.NoAnswer, why.Kind);
    }

    [Fact]
    public async Task DidHeSayWhy_AfterAStatementGivingOne_IsAnsweredByIt()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ivo Berg", (await AskAsync(router, "r2", "what did berg say about the fees")).Citations[0].Speaker);

        var why = await AskAsync(router, "r2", "did he say why they cut the fees?");

        Assert.Equal(ReplyKind.Answer, why.Kind);
        Assert.Contains("because the quays stood empty", why.Citations[0].Quote, StringComparison.Ordinal);
    }
}
