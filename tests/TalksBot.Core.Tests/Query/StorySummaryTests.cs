namespace TalksBot.Core.Tests.Query;

/// <summary>"tl;dr of the narva talks", "who was quoted about the narva talks" in a corpus of several stories: the summary and the
/// people quoted are of the story set there or headlined so, not of every story; a question asking more than the story holds
/// ("did Putin comment on the narva talks") is no such question.</summary>
public sealed class StorySummaryTests : InventedArticleTests
{
    public StorySummaryTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2023-08-06-narva", "Narva talks end with a promise to meet again",
            [
                "NARVA, Estonia (Ledger) — “We expected them to listen, and they did,” envoy Ivo Berg said.",
                "“Peace is made between the parties,” ambassador Aija Liepa said.",
            ],
            [Person("berg", "Ivo Berg", "envoy", "Berg"), Person("liepa", "Aija Liepa", "ambassador", "Liepa")],
            [Quote("berg-listen", 1, "berg", "We expected them to listen, and they did"), Quote("liepa-peace", 2, "liepa", "Peace is made between the parties")],
            places: [Place("Narva", "city")], date: "2023-08-06");
        Write("ledger-2023-07-17-grain", "Grain deal collapses",
            ["“The deal worked only in one direction,” deputy minister Olev Kask said.", "“We will keep talking,” spokesman Mart Sepp said."],
            [Person("kask", "Olev Kask", "deputy minister", "Kask"), Person("sepp", "Mart Sepp", "spokesman", "Sepp")],
            [Quote("kask-direction", 1, "kask", "The deal worked only in one direction"), Quote("sepp-talking", 2, "sepp", "We will keep talking")],
            date: "2023-07-17");
        Write("ledger-2023-03-02-summit", "Summit ends without a statement",
            ["“We tried our best,” coordinator Ilse Vell said.", "“Consensus was out of reach,” minister Juhan Tamm said."],
            [Person("vell", "Ilse Vell", "coordinator", "Vell"), Person("tamm", "Juhan Tamm", "minister", "Tamm")],
            [Quote("vell-best", 1, "vell", "We tried our best"), Quote("tamm-consensus", 2, "tamm", "Consensus was out of reach")],
            date: "2023-03-02");
        Write("ledger-2023-03-03-river", "Ceasefire holds along the river",
            ["“The guns are quiet tonight,” mayor Anu Saar said."],
            [Person("saar", "Anu Saar", "mayor", "Saar")],
            [Quote("saar-guns", 1, "saar", "The guns are quiet tonight")],
            date: "2023-03-03");
        Write("ledger-2023-03-04-border", "Border crossings reopen",
            ["“The ceasefire must hold through the winter,” envoy Rein Org said."],
            [Person("org", "Rein Org", "envoy", "Org")],
            [Quote("org-ceasefire", 1, "org", "The ceasefire must hold through the winter")],
            date: "2023-03-04");
    }

    [Theory]
    [InlineData("tl;dr of the narva talks")]
    [InlineData("gist of the narva story pls")]
    public void ASummaryOfOneStory_QuotesOnlyThatStory(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(["Aija Liepa", "Ivo Berg"], answer.Citations.Select(c => c.Speaker).Order());
    }

    [Fact]
    public void WhoWasQuotedAboutOneStory_ListsThatStorysPeople()
    {
        var answer = Engine.Ask("who was quoted about the narva talks");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Quoted there: Ivo Berg (envoy) and Aija Liepa (ambassador).", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AskingMoreThanTheStoryHolds_IsNoListOfItsPeople()
    {
        var answer = Engine.Ask("did putin comment on the narva talks");

        Assert.DoesNotContain("Quoted there", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASummaryOfATopic_IsOfTheStatementsOnIt_NotOfTheStoryHeadlinedWithIt()
    {
        var answer = Engine.Ask("tl;dr on the ceasefire");

        Assert.Contains(answer.Citations, c => c.Speaker == "Rein Org");
    }
}
