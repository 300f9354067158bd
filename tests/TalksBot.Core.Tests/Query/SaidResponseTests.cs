namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Berg say Ostrania refuses": a verb of responding after the verb of saying is part of what was said, so
/// the statement holding it answers before the speaker's other words about Ostrania.</summary>
public sealed class SaidResponseTests : InventedArticleTests
{
    public SaidResponseTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-refusal", "Ostrania's line",
            ["“Ostrania wants a fair deal for the river and Ostrania wants it soon,” negotiator Ivo Berg said.",
             "“Ostrania refuses to host foreign bases,” Berg added."],
            [Person("berg", "Ivo Berg", "negotiator", "Berg")],
            [Quote("berg-deal", 1, "berg", "Ostrania wants a fair deal for the river and Ostrania wants it soon"),
             Quote("berg-bases", 2, "berg", "Ostrania refuses to host foreign bases")]);
    }

    [Theory]
    [InlineData("what did berg say ostrania refuses")]
    [InlineData("what did berg say ostrania refused to do")]
    public void TheResponseAfterTheVerbOfSaying_IsWhatTheStatementMustHold(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ostrania refuses to host foreign bases", answer.Citations[0].Quote);
    }
}
