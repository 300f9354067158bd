namespace TalksBot.Core.Tests.Query;

/// <summary>"the Kremlin's take on the talks": the one quoted person whose role opens with the seat of government ("Kremlin
/// spokesman") speaks for it, before the country's other people.</summary>
public sealed class SeatSpeakerTests : InventedArticleTests
{
    public SeatSpeakerTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-kremlin", "Talks go on",
            ["“The talks in Varna were constructive, the talks will go on,” said Ana Vell, Russian deputy negotiator.",
             "“There is still a long way to go in the talks,” Kremlin spokesman Ivo Berg said."],
            [Person("vell", "Ana Vell", "Russian deputy negotiator", "Vell"), Person("berg", "Ivo Berg", "Kremlin spokesman", "Berg")],
            [Quote("vell-constructive", 1, "vell", "The talks in Varna were constructive, the talks will go on"),
             Quote("berg-long-way", 2, "berg", "There is still a long way to go in the talks")]);
    }

    [Theory]
    [InlineData("the kremlin's take on the talks?")]
    [InlineData("kremlin's view of the talks")]
    public void TheSeatsOwnSpokesman_SpeaksForIt(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }
}
