namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Iran say": the vocabulary's synonym groups tie a country to its demonyms, so a speaker whose role
/// names the country by its adjective ("Iranian diplomat") speaks for it, and a question naming the country finds them.</summary>
public sealed class DemonymTests : InventedArticleTests
{
    public DemonymTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2023-03-11-embassies", "Embassies to reopen",
            ["“The embassies will reopen within two months,” Iranian diplomat Hossein Rahmani said."],
            [Person("rahmani", "Hossein Rahmani", "Iranian diplomat", "Rahmani")],
            [Quote("rahmani-embassies", 1, "rahmani", "The embassies will reopen within two months")],
            places: [Place("Iran", "country")]);
    }

    [Fact]
    public void ASpeakerWhoseRoleNamesTheCountryByItsAdjective_AnswersForTheCountry()
    {
        var answer = Engine.Ask("what did iran say about the embassies");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The embassies will reopen within two months", answer.Citations[0].Quote);
    }
}
