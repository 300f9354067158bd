namespace TalksBot.Core.Tests.Query;

/// <summary>"did Berg sound hopeful": whether a person was hopeful is in their own words, which need not hold the word;
/// another speaker's "we are hopeful" does not answer it, nor does the word's absence from the person's quotes decline it.</summary>
public sealed class StanceOfAPersonTests : InventedArticleTests
{
    public StanceOfAPersonTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-ferries", "Ferry strike talks",
            [
                "“The ferries should be back on the water next week if the crews accept the offer,” harbour master Ivo Berg said.",
                "“We are hopeful, but nothing is signed,” union leader Mara Lind said.",
            ],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("lind", "Mara Lind", "union leader", "Lind")],
            [
                Quote("berg-ferries", 1, "berg", "The ferries should be back on the water next week if the crews accept the offer"),
                Quote("lind-hopeful", 2, "lind", "We are hopeful, but nothing is signed"),
            ]);
    }

    [Theory]
    [InlineData("did berg sound hopeful")]
    [InlineData("was berg optimistic at all?")]
    public void AStanceOfANamedPerson_IsAnsweredWithTheirWords(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
        Assert.DoesNotContain(answer.Citations, c => c.Speaker == "Mara Lind");
    }

    [Theory]
    [InlineData("did berg seem tired")]
    [InlineData("did berg sound sick")]
    public void AnEverydayWordTheirWordsLack_StillDeclines(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void TheStanceWordTheirWordsHold_StillChoosesAmongThem()
    {
        var answer = Engine.Ask("did lind sound hopeful");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("We are hopeful, but nothing is signed", answer.Citations[0].Quote);
    }
}
