namespace TalksBot.Core.Tests.Query;

/// <summary>An article ingested from a page has no event, but its dateline ("TALLINN, Estonia (Ledger) —", "Riga: …") and headline tell where
/// its story is set: a question naming that town finds the article's statements, as it would an event's place. A country is a
/// party more often than a setting, so it does not count.</summary>
public sealed class ArticleSettingTests : InventedArticleTests
{
    public ArticleSettingTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-quay", "Quay talks stall",
            ["TALLINN, Estonia (Ledger) — The quay talks stalled on Tuesday.", "“The cranes will stop on Monday,” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-cranes", 2, "berg", "The cranes will stop on Monday")],
            places: [Place("Tallinn", "city"), Place("Estonia", "country")]);
        Write("ledger-2022-03-30-strike", "Ferry strike spreads to Narva",
            ["“Nothing sails this week,” union head Olev Kask said."],
            [Person("kask", "Olev Kask", "union head", "Kask")],
            [Quote("kask-sails", 1, "kask", "Nothing sails this week")],
            places: [Place("Narva", "city")]);
        Write("ledger-2022-03-30-dock", "Dock strike spreads",
            ["Riga: The dock strike spread on Monday.", "“We hold the line,” union head Aija Liepa said."],
            [Person("liepa", "Aija Liepa", "union head", "Liepa")],
            [Quote("liepa-line", 2, "liepa", "We hold the line")],
            places: [Place("Riga", "city")]);
    }

    [Theory]
    [InlineData("what did berg say in tallinn", "The cranes will stop on Monday")]
    [InlineData("what did kask say about narva", "Nothing sails this week")]
    [InlineData("what did liepa say in riga", "We hold the line")]
    public void AStatementOfAStorySetInTheDatelineOrHeadlineTown_IsAboutTheTown(string question, string quote)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(quote, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("what did kask say about tallinn")]
    [InlineData("what did berg say about estonia")]
    public void AStatementIsNotAboutAnotherStorysTown_NorTheCountryOfItsDateline(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
