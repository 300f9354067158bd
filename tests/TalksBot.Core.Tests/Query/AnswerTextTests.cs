using TalksBot.Core.Knowledge;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

public sealed class AnswerTextTests
{
    [Fact]
    public void ReportedClaim_IsNeverShownAsTheSpeakersOwnWords()
    {
        var answer = TestCore.CreateEngine().Ask("did zelensky say ukraine was lowering its defenses");

        var claim = Assert.Single(answer.Citations, c => c.Kind == StatementKind.ReportedClaim);
        Assert.Contains("(in the article's words) " + claim.Quote, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("“" + claim.Quote, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectQuote_IsShownInQuotationMarks()
    {
        var answer = TestCore.CreateEngine().Ask("who said this is a repositioning");

        Assert.Equal(StatementKind.DirectQuote, answer.Citations[0].Kind);
        Assert.Contains("“[The Pentagon believes] this is a repositioning, not a real withdrawal.”", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortenedFragment_IsMarkedWhereItWasCut()
    {
        var answer = TestCore.CreateEngine().Ask("did biden say we'll see");

        Assert.StartsWith("Joe Biden", answer.Text, StringComparison.Ordinal);
        Assert.Contains("…", answer.Text, StringComparison.Ordinal);
    }
}
