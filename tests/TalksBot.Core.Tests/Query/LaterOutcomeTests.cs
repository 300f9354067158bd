namespace TalksBot.Core.Tests.Query;

/// <summary>Coverage over more than one year: "in November" with no year may be the November an older article covers, so it is
/// answered, not declined as after the newest article; "afterwards" after a verb of saying asks what was said after the event;
/// a month past the newest article is still declined saying where the coverage ends.</summary>
public sealed class LaterOutcomeTests : InventedArticleTests
{
    public LaterOutcomeTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-11-02-ferries", "Ferries sail again",
            ["“The ferries sail again on Thursday,” harbour master Ivo Berg said after the talks."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-ferries", 1, "berg", "The ferries sail again on Thursday")],
            date: "2022-11-02");
        Write("ledger-2023-08-06-cranes", "Cranes idle",
            ["“The cranes stay idle until the strike ends,” union head Olev Kask said."],
            [Person("kask", "Olev Kask", "union head", "Kask")],
            [Quote("kask-cranes", 1, "kask", "The cranes stay idle until the strike ends")],
            date: "2023-08-06");
    }

    [Theory]
    [InlineData("did the ferries sail again in november")]
    [InlineData("what did berg say about the ferries afterwards")]
    [InlineData("and what did berg say about the ferries afterwards")]
    public void AMonthAnOlderArticleCovers_OrWhatWasSaidAfterwards_IsAnswered(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The ferries sail again on Thursday", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("did the cranes move in september 2023")]
    [InlineData("did the strike end eventually")]
    [InlineData("did the union eventually accept the offer")]
    [InlineData("did kask keep his promise in the end")]
    public void HowThingsTurnedOutAfterTheNewestArticle_IsStillDeclined(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("The coverage runs to 6 August 2023", answer.Text, StringComparison.Ordinal);
    }
}
