namespace TalksBot.Core.Tests.Query;

/// <summary>"how did the Courier put Berg's line": "put" is a verb of saying there, not a topic the statement must hold, so the
/// outlet's rendering answers.</summary>
public sealed class PutItTests : InventedArticleTests
{
    public PutItTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-cranes", "Cranes stop",
            ["“We cannot state anything promising about the cranes yet,” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-ledger", 1, "berg", "We cannot state anything promising about the cranes yet")]);
        Write("courier-2022-03-30-cranes", "Harbour cranes idle",
            ["“Nothing promising about the cranes, no breakthrough yet,” Berg told reporters."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Outlet("northern-courier", "Northern Courier")],
            [Quote("berg-courier", 1, "berg", "Nothing promising about the cranes, no breakthrough yet")],
            publisher: "Northern Courier");
    }

    [Fact]
    public void HowAnOutletPutSomeonesLine_IsThatOutletsRendering()
    {
        var answer = Engine.Ask("how did the northern courier put berg's line on the cranes");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Nothing promising about the cranes, no breakthrough yet", answer.Citations[0].Quote);
    }
}
