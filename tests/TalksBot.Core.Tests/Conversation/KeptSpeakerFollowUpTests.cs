using TalksBot.Core.Chat;
using TalksBot.Core.Tests.Query;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>"what was hit in Portvik" right after the mayor's answer: the mayor's words on it, though another speaker's rank
/// first when it is asked alone.</summary>
public sealed class KeptSpeakerFollowUpTests : InventedArticleTests
{
    public KeptSpeakerFollowUpTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-portvik", "Harbour shelled",
            ["Mayor Ana Vell said: “The promise of calm was a lie.”",
             "Vell added: “In Portvik a school, two shops and the old grain sheds were hit by shells overnight.”",
             "Governor Ivo Berg said: “What was hit in Portvik? Portvik itself.”",
             "Vell said: “The ferry talks resume in a week.”"],
            [Person("vell", "Ana Vell", "mayor", "Vell"), Person("berg", "Ivo Berg", "governor", "Berg")],
            [Quote("vell-lie", 1, "vell", "The promise of calm was a lie."),
             Quote("vell-portvik", 2, "vell", "In Portvik a school, two shops and the old grain sheds were hit by shells overnight."),
             Quote("berg-portvik", 3, "berg", "What was hit in Portvik? Portvik itself."),
             Quote("vell-ferry", 4, "vell", "The ferry talks resume in a week.")],
            places: [Place("Portvik", "city")]);
    }

    [Fact]
    public async Task AQuestionWithATopicOnly_AfterAPersonsAnswer_GetsThatPersonsWordsOnIt()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal("Ivo Berg", (await AloneAsync(router, "what was hit in portvik")).Citations[0].Speaker);

        var vell = await AskAsync(router, "k1", "what did vell say about the promise");
        Assert.Equal("Ana Vell", vell.Citations[0].Speaker);

        var portvik = await AskAsync(router, "k1", "what was hit in portvik");

        Assert.Equal(ReplyKind.Answer, portvik.Kind);
        Assert.Equal("In Portvik a school, two shops and the old grain sheds were hit by shells overnight.", portvik.Citations[0].Quote);
    }

    [Fact]
    public async Task AQuestionDeclinedAlone_AfterAPersonsAnswer_GetsThatPersonsWordsOnIt()
    {
        var router = TestCore.CreateRouter(Knowledge);
        Assert.Equal(ReplyKind.NoAnswer, (await AloneAsync(router, "when's the next round of ferry talks")).Kind);

        Assert.Equal("Ana Vell", (await AskAsync(router, "k2", "what did vell say about the promise")).Citations[0].Speaker);

        var when = await AskAsync(router, "k2", "when's the next round of ferry talks");

        Assert.Equal(ReplyKind.Answer, when.Kind);
        Assert.Equal("The ferry talks resume in a week.", when.Citations[0].Quote);
    }

    [Fact]
    public async Task AQuestionAboutAfterTheCoverage_AfterAPersonsAnswer_StaysThatDecline()
    {
        var router = TestCore.CreateRouter(Knowledge);
        var alone = await AloneAsync(router, "what was hit in portvik in may");
        Assert.StartsWith("The coverage runs to", alone.Text, StringComparison.Ordinal);

        Assert.Equal("Ana Vell", (await AskAsync(router, "k3", "what did vell say about the promise")).Citations[0].Speaker);
        var may = await AskAsync(router, "k3", "what was hit in portvik in may");

        Assert.Equal(ReplyKind.NoAnswer, may.Kind);
        Assert.StartsWith("The coverage runs to", may.Text, StringComparison.Ordinal);
    }
}
