namespace TalksBot.Core.Tests.Query;

/// <summary>"what countries will host the next round": a statement naming places of that kind answers before one that
/// holds the rest of the question's words but names none.</summary>
public sealed class PlaceKindTests : InventedArticleTests
{
    public PlaceKindTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-hosts", "Hosts of the next round",
            ["“Several governments would host the next round of talks,” envoy Ivo Berg said.", "“Norway and Chile would host the next round,” envoy Ina Vell said."],
            [Person("berg", "Ivo Berg", "envoy", "Berg"), Person("vell", "Ina Vell", "envoy", "Vell")],
            [Quote("berg-hosts", 1, "berg", "Several governments would host the next round of talks"), Quote("vell-hosts", 2, "vell", "Norway and Chile would host the next round")],
            places: [Place("Norway", "country"), Place("Chile", "country")]);
    }

    [Theory]
    [InlineData("what countries will host the next round")]
    [InlineData("what country will host the next round")]
    public void PlacesOfTheKindAsked_AnswerFirst(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Norway and Chile would host the next round", answer.Citations[0].Quote);
    }
}
