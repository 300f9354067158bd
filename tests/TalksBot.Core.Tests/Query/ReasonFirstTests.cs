namespace TalksBot.Core.Tests.Query;

/// <summary>"why did Berg close the port": of the statements holding nearly as much of the question, the one whose own words
/// give a reason ("so that", "in order to", "because") comes first, even when another one is shorter and stands beside a
/// reason the article gives in its own words.</summary>
public sealed class ReasonFirstTests : InventedArticleTests
{
    private const string Reason =
        "The port will close, as we said last week and the week before at the harbour office meeting, so that the old cranes on the northern quay can at last be repaired";

    public ReasonFirstTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-port", "The port closes",
            ["So that the traders stay calm, harbour master Ivo Berg said: “We will close the port on Monday.”", $"“{Reason},” Berg added."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-close", 1, "berg", "We will close the port on Monday."), Quote("berg-cranes", 2, "berg", Reason)]);
    }

    [Theory]
    [InlineData("why did berg close the port")]
    [InlineData("why is the port closing")]
    public void AStatementGivingAReason_AnswersFirst(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Reason, answer.Citations[0].Quote);
    }

    [Fact]
    public void AQuestionThatAsksNoReason_KeepsItsOrder()
    {
        var answer = Engine.Ask("did berg say the port would close on monday");

        Assert.Equal("We will close the port on Monday.", answer.Citations[0].Quote);
    }
}
