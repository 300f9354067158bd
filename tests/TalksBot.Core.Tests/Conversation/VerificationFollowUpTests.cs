using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"is that confirmed?" after a statement: the article's own sentence about checking it, when one stands near it,
/// then the statement; else the statement again, saying the coverage does not tell.</summary>
public sealed class VerificationFollowUpTests : InventedArticleTests
{
    public VerificationFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-fire", "Fire at the dock",
            ["“The fire at the grain dock was set on purpose,” said Ivo Berg, the harbour master.",
             "The Ledger could not independently verify the claim. Crews worked through the night.",
             "“The crews will be back at work on Monday,” said Ana Vell, the port director."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("vell", "Ana Vell", "port director", "Vell")],
            [Quote("berg-fire", 1, "berg", "The fire at the grain dock was set on purpose"),
             Quote("vell-monday", 3, "vell", "The crews will be back at work on Monday")]);
    }

    [Theory]
    [InlineData("is that confirmed?")]
    [InlineData("has anyone verified that")]
    public async Task AskedWhetherItWasChecked_TheArticlesNoteComesFirst_ThenTheStatement(string followUp)
    {
        var router = TestCore.CreateRouter(Knowledge);
        var fire = await AskAsync(router, "v1", "what did berg say about the fire");
        Assert.Equal("Ivo Berg", fire.Citations[0].Speaker);

        var check = await AskAsync(router, "v1", followUp);

        Assert.Equal(ReplyKind.Answer, check.Kind);
        Assert.Equal("The Ledger could not independently verify the claim.", check.Citations[0].Quote);
        Assert.Equal(StatementKind.Narration, check.Citations[0].Kind);
        Assert.Equal(fire.Citations[0], check.Citations[1]);
    }

    [Fact]
    public async Task NoNoteNearTheStatement_ShowsItAgain_SayingTheCoverageDoesNotTell()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var monday = await AskAsync(router, "v2", "when do the crews go back to work");
        Assert.Equal("Ana Vell", monday.Citations[0].Speaker);

        var check = await AskAsync(router, "v2", "is that confirmed?");

        Assert.StartsWith(ReplyTexts.NotSaidToBeConfirmed, check.Text, StringComparison.Ordinal);
        Assert.Equal(monday.Citations[0], check.Citations[0]);
    }
}
