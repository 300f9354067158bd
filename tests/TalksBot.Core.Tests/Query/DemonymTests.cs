namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Iranians say": the vocabulary's synonym groups tie a country to its demonyms, so a speaker whose role
/// names the country by its adjective ("Iranian diplomat") speaks for it, and a question naming it either way finds them.</summary>
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

    [Theory]
    [InlineData("what did the iranians say")]
    [InlineData("what did iran say about the embassies")]
    public void ASpeakerWhoseRoleNamesTheCountryByItsAdjective_AnswersForTheCountry(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The embassies will reopen within two months", answer.Citations[0].Quote);
    }
}
