namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Berg promise in Tallinn": every statement of a story whose event is set in Tallinn was made there,
/// whether or not it says so; a story with no event, or set elsewhere, does not count as saying so.</summary>
public sealed class EventPlaceTests : InventedArticleTests
{
    public EventPlaceTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-quay", "Talks on the quay",
            ["“The cranes will stop on Monday,” harbour master Ivo Berg promised at the talks."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-cranes", 1, "berg", "The cranes will stop on Monday")],
            places: [Place("Tallinn", "city")], happening: "Harbour talks, Tallinn, 30 March 2022");
        Write("ledger-2022-03-30-dock", "The dock",
            ["“The ferries to Tallinn will stop on Monday,” dock master Ina Vell said in Riga."],
            [Person("vell", "Ina Vell", "dock master", "Vell")],
            [Quote("vell-ferries", 1, "vell", "The ferries to Tallinn will stop on Monday")],
            places: [Place("Tallinn", "city"), Place("Riga", "city")]);
    }

    [Fact]
    public void AStatementOfAStorySetInThePlace_IsAboutThePlace()
    {
        var answer = Engine.Ask("what did berg promise in tallinn");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The cranes will stop on Monday", answer.Citations[0].Quote);
    }

    [Fact]
    public void AStatementOfAStorySetElsewhere_IsNotAboutThePlace()
    {
        var answer = Engine.Ask("what did vell say about riga and oslo");

        Assert.False(answer.Answered, answer.Text);
    }
}
