namespace TalksBot.Core.Tests.Query;

/// <summary>Everyday words for what a statement names in other words, from the vocabulary's synonym groups: "punitive
/// measures" are sanctions, "utilities" are electricity and heating.</summary>
public sealed class EverydaySynonymTests : InventedArticleTests
{
    public EverydaySynonymTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-harbour", "Harbour under pressure",
            ["“The sanctions must stay until the harbour reopens,” said Tom Hale, a senator.",
             "“The old town has had no electricity and no heating for a week,” said Ivo Berg, the mayor."],
            [Person("hale", "Tom Hale", "senator", "Hale"), Person("berg", "Ivo Berg", "mayor", "Berg")],
            [Quote("hale-sanctions", 1, "hale", "The sanctions must stay until the harbour reopens"),
             Quote("berg-utilities", 2, "berg", "The old town has had no electricity and no heating for a week")]);
    }

    [Theory]
    [InlineData("what did hale say about punitive measures", "Tom Hale")]
    [InlineData("who talked about utilities", "Ivo Berg")]
    public void AnotherWordOfTheGroup_FindsTheStatement(string question, string speaker)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }
}
