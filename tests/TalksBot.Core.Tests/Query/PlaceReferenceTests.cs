namespace TalksBot.Core.Tests.Query;

/// <summary>"The area might be within mortar range", two paragraphs after "the small town of Varna": a statement that speaks of
/// "the area" or "the town" without naming a place is about the town the paragraphs before it named first.</summary>
public sealed class PlaceReferenceTests : InventedArticleTests
{
    public PlaceReferenceTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-varna-shelling", "Shelling near the capital",
            ["Reporters heard explosions from the small town of Varna, west of Ostrava.",
             "Soldiers said they hold the roads.",
             "“The area might be within mortar range so it is still dangerous,” said rescue chief Ivo Berg.",
             "“Ostrava is calm,” mayor Ana Vell said."],
            [Person("berg", "Ivo Berg", "rescue chief", "Berg"), Person("vell", "Ana Vell", "mayor", "Vell")],
            [Quote("berg-area", 3, "berg", "The area might be within mortar range so it is still dangerous"),
             Quote("vell-calm", 4, "vell", "Ostrava is calm")],
            places: [Place("Varna", "city"), Place("Ostrava", "city")]);
    }

    [Theory]
    [InlineData("is varna still dangerous")]
    [InlineData("what did the rescue chief say about varna")]
    public void AStatementAboutTheArea_IsFoundByThePlaceNamedBefore(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }
}
