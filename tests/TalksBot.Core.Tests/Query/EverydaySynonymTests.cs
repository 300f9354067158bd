namespace TalksBot.Core.Tests.Query;

/// <summary>Everyday words for what a statement names in other words, from the vocabulary's synonym groups: "punitive
/// measures" are sanctions, "utilities" are electricity and heating, "rumours" speculation, "intel" intelligence, "food"
/// eating, "both sides" both parties, "refocusing" reprioritizing.</summary>
public sealed class EverydaySynonymTests : InventedArticleTests
{
    public EverydaySynonymTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-harbour", "Harbour under pressure",
            ["“The sanctions must stay until the harbour reopens,” said Tom Hale, a senator.",
             "“The old town has had no electricity and no heating for a week,” said Ivo Berg, the mayor.",
             "“There is a lot of speculation about the fire,” said Ana Vell, the port director.",
             "“Our intelligence suggests the blaze was an accident,” said Karl Dahl, a navy officer.",
             "Crews from the intel unit of the port worked through the night.",
             "Lina Ott, a doctor, told the crews not to eat anything from the harbour stalls.",
             "“Both parties have fair concerns about the quay,” said Jon Lund, the mediator. “Both ferries run again on the sides of the river.”",
             "“The navy is reprioritizing the southern coast,” said Eva Rask, an admiral."],
            [Person("hale", "Tom Hale", "senator", "Hale"), Person("berg", "Ivo Berg", "mayor", "Berg"),
             Person("vell", "Ana Vell", "port director", "Vell"), Person("dahl", "Karl Dahl", "navy officer", "Dahl"),
             Person("ott", "Lina Ott", "doctor", "Ott"), Person("lund", "Jon Lund", "mediator", "Lund"),
             Person("rask", "Eva Rask", "admiral", "Rask")],
            [Quote("hale-sanctions", 1, "hale", "The sanctions must stay until the harbour reopens"),
             Quote("berg-utilities", 2, "berg", "The old town has had no electricity and no heating for a week"),
             Quote("vell-speculation", 3, "vell", "There is a lot of speculation about the fire"),
             Quote("dahl-intelligence", 4, "dahl", "Our intelligence suggests the blaze was an accident"),
             Reported("ott-eat", 6, "ott", "Lina Ott, a doctor, told the crews not to eat anything from the harbour stalls."),
             Quote("lund-concerns", 7, "lund", "Both parties have fair concerns about the quay"),
             Quote("lund-ferries", 7, "lund", "Both ferries run again on the sides of the river."),
             Quote("rask-coast", 8, "rask", "The navy is reprioritizing the southern coast")]);
    }

    [Theory]
    [InlineData("what did hale say about punitive measures", "Tom Hale")]
    [InlineData("who talked about utilities", "Ivo Berg")]
    [InlineData("who commented on the rumours", "Ana Vell")]
    [InlineData("who had any intel", "Karl Dahl")]
    [InlineData("who said something about food", "Lina Ott")]
    [InlineData("who said the navy was refocusing", "Eva Rask")]
    public void AnotherWordOfTheGroup_FindsTheStatement(string question, string speaker)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }

    [Fact]
    public void BothSides_IsBothParties() =>
        Assert.Equal("Both parties have fair concerns about the quay", Engine.Ask("what did lund say both sides have").Citations[0].Quote);
}
