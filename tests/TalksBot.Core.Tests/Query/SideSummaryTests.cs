namespace TalksBot.Core.Tests.Query;

/// <summary>"what did the Americans say overall", "summary of what Holt said": a summary of one side or one person, in the lead
/// words of each of its people (a few of the person's); "which Americans were quoted about the talks": that side's people on it.
/// Someone placed in a country ("envoy in Washington") is not of its side.</summary>
public sealed class SideSummaryTests : InventedArticleTests
{
    public SideSummaryTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-port", "Port talks",
            [
                "“The tariffs stay until the grain moves,” US trade envoy Dana Holt said.",
                "“The talks resume on Monday,” US trade official Mark Reed said.",
                "“The port is open again,” harbour master Ivo Berg said.",
                "“We asked for nothing,” said Lena Sorn, the Veldorian envoy in Washington.",
                "Holt added: “Nobody should expect a deal this week.”",
            ],
            [
                Person("holt", "Dana Holt", "US trade envoy", "Holt"), Person("reed", "Mark Reed", "US trade official", "Reed"),
                Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("sorn", "Lena Sorn", "Veldorian envoy in Washington", "Sorn"),
            ],
            [
                Quote("holt-tariffs", 1, "holt", "The tariffs stay until the grain moves"),
                Quote("reed-talks", 2, "reed", "The talks resume on Monday"),
                Quote("berg-port", 3, "berg", "The port is open again"),
                Quote("sorn-nothing", 4, "sorn", "We asked for nothing"),
                Quote("holt-deal", 5, "holt", "Nobody should expect a deal this week."),
            ]);
    }

    [Fact]
    public void ASidesSummary_IsTheLeadWordsOfEachOfItsPeople()
    {
        var answer = Engine.Ask("what did the americans say overall");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(["Dana Holt", "Mark Reed"], answer.Citations.Select(c => c.Speaker).Order().ToArray());
    }

    [Fact]
    public void APersonsSummary_IsAFewOfTheirRemarks()
    {
        var answer = Engine.Ask("summary of what holt said");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(2, answer.Citations.Count);
        Assert.All(answer.Citations, c => Assert.Equal("Dana Holt", c.Speaker));
    }

    [Theory]
    [InlineData("which americans were quoted", new[] { "Dana Holt", "Mark Reed" })]
    [InlineData("which americans commented on the talks?", new[] { "Mark Reed" })]
    public void WhoOfASideIsQuoted_NamesItsPeople(string question, string[] speakers)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speakers, answer.Citations.Select(c => c.Speaker).Order().ToArray());
    }
}
