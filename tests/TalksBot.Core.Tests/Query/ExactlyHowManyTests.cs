namespace TalksBot.Core.Tests.Query;

/// <summary>"how many units moved away exactly": a vague amount ("small numbers") answers "how many" but not "exactly how
/// many"; and "movements" finds the speaker's "moves" (one vocabulary group).</summary>
public sealed class ExactlyHowManyTests : InventedArticleTests
{
    public ExactlyHowManyTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-units", "Units move",
            ["“Some units moved away from the port, small numbers,” spokesman Ivo Berg said.",
             "“These could be tactical moves by units,” adviser Ana Vell said."],
            [Person("berg", "Ivo Berg", "spokesman", "Berg"), Person("vell", "Ana Vell", "adviser", "Vell")],
            [Quote("berg-small", 1, "berg", "Some units moved away from the port, small numbers"),
             Quote("vell-moves", 2, "vell", "These could be tactical moves by units")]);
    }

    [Fact]
    public void HowMany_IsAnsweredByAVagueAmount() => Assert.True(Engine.Ask("how many units moved away from the port").Answered);

    [Theory]
    [InlineData("how many units moved away from the port exactly")]
    [InlineData("precisely how many units moved away from the port?")]
    public void ExactlyHowMany_IsNotAnsweredByAVagueAmount(string question) => Assert.False(Engine.Ask(question).Answered);

    [Fact]
    public void Movements_FindsMoves()
    {
        var answer = Engine.Ask("what did vell say the unit movements could be");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ana Vell", answer.Citations[0].Speaker);
    }
}
