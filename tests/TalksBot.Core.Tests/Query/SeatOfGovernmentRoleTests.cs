namespace TalksBot.Core.Tests.Query;

/// <summary>A role named by a seat of government ("Ankara spokeswoman") describes someone of that country, so a
/// question that names the country or its capital in the possessive finds her.</summary>
public sealed class SeatOfGovernmentRoleTests : InventedArticleTests
{
    public SeatOfGovernmentRoleTests() =>
        Write("ledger-2022-03-30-spokeswoman", "Spokeswoman on the schedule",
            ["“Turkey is ready to host the next round,” Ankara spokeswoman Ina Vell said."],
            [Person("vell", "Ina Vell", "Ankara spokeswoman", "Vell")],
            [Quote("vell-schedule", 1, "vell", "Turkey is ready to host the next round")]);

    [Theory]
    [InlineData("what did the ankara spokeswoman say")]
    [InlineData("what did turkey's spokeswoman say")]
    [InlineData("what did turkey's spokeswoman say about the next round")]
    public void TheCountryOrItsCapital_DescribesTheSeatsSpokeswoman(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ina Vell", answer.Citations[0].Speaker);
    }

    [Fact]
    public void AnotherCountrysSpokeswoman_IsNotHer()
    {
        var answer = Engine.Ask("what did moscow's spokeswoman say");

        Assert.False(answer.Answered, answer.Text);
    }
}
