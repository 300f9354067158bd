namespace TalksBot.Core.Tests.Query;

/// <summary>"did the governor believe the pledge": whether they believed it is what is asked, so of their statements the one
/// that speaks of believing answers, not the first one they made.</summary>
public sealed class BeliefQuestionTests : InventedArticleTests
{
    public BeliefQuestionTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-pledge", "A pledge doubted",
            ["Ostrania pledged to stop the shelling around the port.",
             "Governor Ivo Berg wrote: “The shelling of the port went on all night.”",
             "Berg added: “Do we believe in the pledge? Of course not.”"],
            [Person("berg", "Ivo Berg", "governor", "Berg")],
            [Quote("berg-night", 2, "berg", "The shelling of the port went on all night."),
             Quote("berg-believe", 3, "berg", "Do we believe in the pledge? Of course not.")]);
    }

    [Theory]
    [InlineData("did berg believe it")]
    [InlineData("did the governor believe it")]
    public void AskedWhetherTheyBelievedIt_TheirWordsOfBelievingAnswer(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Do we believe in the pledge? Of course not.", answer.Citations[0].Quote);
    }
}
