namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Americans say about …" where no speaker is the Americans: the party's quoted people answer for it,
/// and when none of them said anything on that, the reply says who of the party is quoted, not that the party is not.</summary>
public sealed class PartyNotOnTopicTests : InventedArticleTests
{
    public PartyNotOnTopicTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-tariffs", "Tariff talks",
            ["“The tariffs stay until the grain moves,” US trade envoy Dana Holt said."],
            [Person("holt", "Dana Holt", "US trade envoy", "Holt")],
            [Quote("holt-tariffs", 1, "holt", "The tariffs stay until the grain moves")]);
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
        Assert.StartsWith("The coverage quotes the americans (Dana Holt), but not on that.", answer.Text, StringComparison.Ordinal);
    }
}
