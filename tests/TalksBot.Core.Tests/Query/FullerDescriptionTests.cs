namespace TalksBot.Core.Tests.Query;

/// <summary>An article made the bare title "head" one person's name ("the head added"); words around it that describe
/// another quoted person in full ("the acting rescue service head") ask about that person.</summary>
public sealed class FullerDescriptionTests : InventedArticleTests
{
    public FullerDescriptionTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-rescue", "Rescue teams wait",
            ["“The talks were useful,” delegation head Ivo Berg said. “We will meet again,” the head added.",
             "“The suburbs are still too dangerous to enter,” said Ana Vell, acting head of the city rescue service."],
            [Person("berg", "Ivo Berg", "delegation head", "Berg", "head"), Person("vell", "Ana Vell", "acting head of the city rescue service", "Vell")],
            [Quote("berg-useful", 1, "berg", "The talks were useful"), Quote("berg-again", 1, "berg", "We will meet again"),
             Quote("vell-suburbs", 2, "vell", "The suburbs are still too dangerous to enter")]);
    }

    [Theory]
    [InlineData("what did the acting rescue service head say")]
    [InlineData("what did the city rescue head say?")]
    public void AFullDescription_OutweighsATitleWordUsedAsAName(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ana Vell", answer.Citations[0].Speaker);
    }

    [Fact]
    public void TheTitleWordAlone_StillNamesWhomTheArticleGaveIt()
    {
        var answer = Engine.Ask("what did the head say");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }
}
