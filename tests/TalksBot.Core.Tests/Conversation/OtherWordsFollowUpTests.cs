using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"how many hurt" after a long quote that says "wounded": the quote answers in another word of the vocabulary,
/// and the reply shows its sentence with the number; "op" is shorthand for the operation, "tv" for television.</summary>
public sealed class OtherWordsFollowUpTests : InventedArticleTests
{
    public OtherWordsFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-varna", "Varna shelled",
            ["Mayor Ivo Berg said: “The shelling went on all night in Varna. Twelve people have been wounded and are now in hospital. We need help.”",
             "“The military operation is going to plan,” general Ana Vell said on state television."],
            [Person("berg", "Ivo Berg", "mayor of Varna", "Berg"), Person("vell", "Ana Vell", "general", "Vell")],
            [Quote("berg-shelling", 1, "berg", "The shelling went on all night in Varna. Twelve people have been wounded and are now in hospital. We need help."),
             Quote("vell-plan", 2, "vell", "The military operation is going to plan")]);
    }

    [Fact]
    public async Task HowManyHurt_AfterTheQuoteSayingWounded_ShowsItsSentenceWithTheNumber()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var first = await ConversationTestKit.AskAsync(router, "w1", "what did the mayor berg say");
        Assert.Equal("Ivo Berg", first.Citations[0].Speaker);

        var reply = await ConversationTestKit.AskAsync(router, "w1", "how many hurt");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Ivo Berg", reply.Citations[0].Speaker);
        Assert.Contains("Twelve people have been wounded", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many people were hurt in varna")]
    [InlineData("how many people got injured in varna?")]
    public void HowManyInAnotherWord_IsCountedByTheNumberBeforeTheDataWord(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Twelve people have been wounded", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tv_IsTelevision()
    {
        var answer = Engine.Ask("what did vell say on tv");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ana Vell", answer.Citations[0].Speaker);
    }

    [Fact]
    public void Op_IsTheOperation()
    {
        var answer = Engine.Ask("is the military op going to plan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ana Vell", answer.Citations[0].Speaker);
    }
}
