namespace TalksBot.Core.Tests.Query;

/// <summary>A yes/no question is answered by a statement that says the opposite: "did Berg say it was easy" — "The
/// crossing was difficult" (data/vocabulary.json "opposites", read both ways).</summary>
public sealed class OppositesTests : InventedArticleTests
{
    public OppositesTests() =>
        Write("ledger-2022-03-30-crossing", "The crossing",
            ["“The crossing was difficult,” harbour master Ivo Berg said. “The ferry leaves at noon,” he added."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-crossing", 1, "berg", "The crossing was difficult"), Quote("berg-ferry", 1, "berg", "The ferry leaves at noon")]);

    [Theory]
    [InlineData("did berg say it was easy")]
    [InlineData("was it easy for berg?")]
    public void AYesNoQuestion_IsAnsweredByTheOpposite(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The crossing was difficult", answer.Citations[0].Quote);
    }

    [Fact]
    public void AnOpenQuestion_IsNotAnsweredByTheOpposite()
    {
        var answer = Engine.Ask("what did berg say was easy");

        Assert.False(answer.Answered && answer.Citations[0].Quote == "The crossing was difficult", answer.Text);
    }
}
