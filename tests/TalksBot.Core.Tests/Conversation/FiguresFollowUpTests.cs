using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"any numbers?" after someone's statement asks for what that person said with a number in it, not for a statement
/// holding the word "numbers"; declined when they gave none. An invented article.</summary>
public sealed class FiguresFollowUpTests : InventedArticleTests
{
    public FiguresFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-storm", "Storm damage",
            [
                "Mayor Ivo Berg said: “The storm hit the old harbour hardest.”",
                "“About 40 boats sank and 12 people were hurt,” Berg added.",
                "“Small numbers of ferries are running,” envoy Ilse Vell said.",
                "Vell said: “We will rebuild the quays.”",
            ],
            [Person("berg", "Ivo Berg", "mayor", "Berg"), Person("vell", "Ilse Vell", "envoy", "Vell")],
            [
                Quote("berg-storm", 1, "berg", "The storm hit the old harbour hardest."),
                Quote("berg-boats", 2, "berg", "About 40 boats sank and 12 people were hurt"),
                Quote("vell-ferries", 3, "vell", "Small numbers of ferries are running"),
                Quote("vell-quays", 4, "vell", "We will rebuild the quays."),
            ]);
    }

    [Fact]
    public async Task AnyNumbers_AfterAStatement_ShowsWhatTheSpeakerSaidWithANumber()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ivo Berg", (await AskAsync(router, "f1", "what did the mayor say about the storm")).Citations[0].Speaker);

        var figures = await AskAsync(router, "f1", "any numbers?");

        Assert.Equal(ReplyKind.Answer, figures.Kind);
        Assert.Equal("About 40 boats sank and 12 people were hurt", figures.Citations[0].Quote);
    }

    [Theory]
    [InlineData("what did vell say about the numbers of ferries")]
    [InlineData("what did vell say about small numbers")]
    public void NumbersAsATopic_IsNoRequestForFigures(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Small numbers of ferries are running", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task AnyFigures_FromASpeakerWhoGaveNone_IsDeclined()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ilse Vell", (await AskAsync(router, "f2", "what did vell say about the quays")).Citations[0].Speaker);

        var figures = await AskAsync(router, "f2", "did she give any figures?");

        Assert.Equal(ReplyKind.NoAnswer, figures.Kind);
    }
}
