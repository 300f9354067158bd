namespace TalksBot.Core.Tests.Query;

/// <summary>"how long …" is answered by a number of a span of time ("a 15-year period") or a span said without one ("for as
/// long as necessary"); another number ("two ferries") or none is no answer.</summary>
public sealed class HowLongTests : InventedArticleTests
{
    public HowLongTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-harbour", "Harbour deal",
            ["Negotiator Ivo Berg said the deal foresees “a 15-year consultation period on the status of the harbour”.",
             "Minister Ana Vell said: “Two ferries will run from Monday.”",
             "Admiral Karl Dahl said: “The navy will guard the bay for as long as necessary.”"],
            [Person("berg", "Ivo Berg", "negotiator", "Berg"), Person("vell", "Ana Vell", "minister", "Vell"), Person("dahl", "Karl Dahl", "admiral", "Dahl")],
            [Quote("berg-period", 1, "berg", "a 15-year consultation period on the status of the harbour"),
             Quote("vell-ferries", 2, "vell", "Two ferries will run from Monday."),
             Quote("dahl-guard", 3, "dahl", "The navy will guard the bay for as long as necessary.")]);
    }

    [Theory]
    [InlineData("how long for the harbour", "Ivo Berg")]
    [InlineData("how long will the navy guard the bay", "Karl Dahl")]
    public void ASpanOfTime_AnswersHowLong(string question, string speaker)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }

    [Fact]
    public void AnotherNumber_DoesNotAnswerHowLong() =>
        Assert.False(Engine.Ask("how long will the ferries run").Answered);
}
