namespace TalksBot.Core.Tests.Query;

/// <summary>"what was Ostrom's reaction to the offer": a name in the possessive before a word of stance asks for that
/// person's words; when the coverage only mentions them, it says it does not quote them rather than citing someone who
/// mentions them. An everyday word there ("today's mood") is no name.</summary>
public sealed class UnquotedStanceTests : InventedArticleTests
{
    public UnquotedStanceTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-offer", "The offer",
            ["“We made Minister Ostrom an offer on the grain tariffs,” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-offer", 1, "berg", "We made Minister Ostrom an offer on the grain tariffs")]);
    }

    [Theory]
    [InlineData("what was ostrom's reaction to the offer")]
    [InlineData("ostrom's view on the tariffs?")]
    public void AStanceOfSomeoneNotQuoted_IsDeclinedNamingThem(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("The coverage doesn't quote “ostrom”", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AStanceOfSomeoneQuoted_IsAnswered()
    {
        var answer = Engine.Ask("berg's view on the tariffs?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }
}
