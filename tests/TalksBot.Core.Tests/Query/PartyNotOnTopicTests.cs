namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Americans say about …" where no speaker is the Americans: the party's quoted people answer for it
/// (also where the coverage holds the word, in another side's "American tariffs"), and when none of them said anything on that,
/// the reply says who of the party is quoted, not that the party is not.</summary>
public sealed class PartyNotOnTopicTests : InventedArticleTests
{
    public PartyNotOnTopicTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-tariffs", "Tariff talks",
            ["“The tariffs stay until the grain moves,” US trade envoy Dana Holt said."],
            [Person("holt", "Dana Holt", "US trade envoy", "Holt")],
            [Quote("holt-tariffs", 1, "holt", "The tariffs stay until the grain moves")]);
        // Another side's statement holding the party's word ("American") and the topic: it is about them, not by them.
        Write("ledger-2022-03-29-port", "Port",
            ["“American tariffs are hurting the port,” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-us-tariffs", 1, "berg", "American tariffs are hurting the port")], date: "2022-03-29");
        var denial = Quote("holt-denial", 2, "holt", "Nothing has moved, whatever they announce");
        denial["disputes"] = new System.Text.Json.Nodes.JsonArray("berg-corridor");
        Write("ledger-2022-03-31-corridor", "Corridor",
            ["“The grain corridor reopens on Monday,” harbour master Ivo Berg said.", "“Nothing has moved, whatever they announce,” US trade envoy Dana Holt said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("holt", "Dana Holt", "US trade envoy", "Holt")],
            [Quote("berg-corridor", 1, "berg", "The grain corridor reopens on Monday"), denial], date: "2022-03-31");
    }

    [Fact]
    public void APartyAskedAboutWhatItDisputes_IsAnsweredByItsDisputingStatement()
    {
        var answer = Engine.Ask("what did the americans say about the grain corridor reopening");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Nothing has moved, whatever they announce", answer.Citations[0].Quote);
    }

    [Fact]
    public void APartyAskedOnItsTopic_IsAnsweredByItsPeople()
    {
        var answer = Engine.Ask("what did the americans say about the tariffs");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Dana Holt", answer.Citations[0].Speaker);
    }

    [Fact]
    public void APartyAskedOnSomethingElse_IsDeclinedNamingWhoOfItIsQuoted()
    {
        var answer = Engine.Ask("what did the americans say about the ferries");

        Assert.False(answer.Answered, answer.Text);
        Assert.Equal("Of “americans”, the coverage quotes Dana Holt, but not on that.", answer.Text);
    }
}
