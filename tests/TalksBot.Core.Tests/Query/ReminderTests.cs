namespace TalksBot.Core.Tests.Query;

/// <summary>"who is Berg again": a closing "again" asks to be reminded, though the coverage has the word elsewhere
/// ("the sluices open again"); "will the sluices open again" still asks about it.</summary>
public sealed class ReminderTests : InventedArticleTests
{
    public ReminderTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-sluices", "Sluices",
            ["“The port is open,” harbour master Ivo Berg said.", "“The sluices will open again in May,” mayor Ina Vell said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("vell", "Ina Vell", "mayor", "Vell")],
            [Quote("berg-port", 1, "berg", "The port is open"), Quote("vell-sluices", 2, "vell", "The sluices will open again in May")]);
    }

    [Theory]
    [InlineData("who is berg again")]
    [InlineData("who's berg again?")]
    public void ClosingAgain_AsksWhoTheyAre(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Ivo Berg — harbour master", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AgainInAQuestionAboutWhatHappens_StillCounts()
    {
        var answer = Engine.Ask("will the sluices open again");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The sluices will open again in May", answer.Citations[0].Quote);
    }
}
