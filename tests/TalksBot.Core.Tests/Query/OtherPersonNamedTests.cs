namespace TalksBot.Core.Tests.Query;

/// <summary>"did Berg meet Vell in Tallinn": a question naming two people by name asks about both; a statement of one
/// that does not mention the other is no answer. Named as whose ("Vell's envoy") or side by side ("Berg and Vell"), the
/// other person does not have to be in it.</summary>
public sealed class OtherPersonNamedTests : InventedArticleTests
{
    public OtherPersonNamedTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-port", "The port in Tallinn",
            ["“The port will open in Tallinn on Monday,” harbour master Ivo Berg said.", "“The tariffs on steel will fall in June,” trade envoy Ina Vell said.",
             "“I spoke with Ina Vell about the cranes,” Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Person("vell", "Ina Vell", "trade envoy", "Vell")],
            [Quote("berg-port", 1, "berg", "The port will open in Tallinn on Monday"), Quote("vell-tariffs", 2, "vell", "The tariffs on steel will fall in June"),
             Quote("berg-vell", 3, "berg", "I spoke with Ina Vell about the cranes")]);
    }

    [Theory]
    [InlineData("did berg meet vell in tallinn")]
    [InlineData("did vell meet berg in tallinn on monday")]
    public void AStatementOfOneThatDoesNotMentionTheOther_IsNoAnswer(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(!answer.Answered || answer.Citations.All(c => c.Quote.Contains("Vell", StringComparison.Ordinal)), answer.Text);
    }

    [Fact]
    public void AStatementOfOneAboutTheOther_Answers()
    {
        var answer = Engine.Ask("did berg talk to vell about the cranes");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("I spoke with Ina Vell about the cranes", answer.Citations[0].Quote);
    }

    [Fact]
    public void TwoPeopleSideBySide_AreEachAnsweredForThemselves()
    {
        var answer = Engine.Ask("berg and vell on the port in tallinn");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The port will open in Tallinn on Monday", answer.Citations[0].Quote);
    }
}
