namespace TalksBot.Core.Tests.Query;

/// <summary>Two outlets carry Berg's remark word for word: it is cited once, and the next citation is another remark.</summary>
public sealed class SameWordsTwiceTests : InventedArticleTests
{
    private const string Remark = "The repairs at the dock will take a month";

    public SameWordsTwiceTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-repairs", "Repairs at the dock", [$"“{Remark},” Berg said.", "“The ferries run on Friday,” Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-repairs", 1, "berg", Remark), Quote("berg-ferries", 2, "berg", "The ferries run on Friday")]);
        Write("courier-2022-03-30-repairs", "Dock repairs", [$"“{Remark},” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")], [Quote("berg-repairs", 1, "berg", Remark)], publisher: "The Courier");
    }

    [Theory]
    [InlineData("what did berg say")]
    [InlineData("berg on the repairs at the dock")]
    public void ARemarkTwoOutletsCarryWordForWord_IsCitedOnce(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Remark, answer.Citations[0].Quote);
        Assert.Single(answer.Citations, c => c.Quote == Remark);
    }
}
