using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>An article's account of a remark ("Zelensky said that Ukraine was not lowering its defenses") and the
/// quote beside it that it sums up: the quote answers in the account's place, and the account is not shown again; a quote
/// beside it that says something else does not.</summary>
public sealed class QuotedAccountTests
{
    private const string Question = "did zelensky say ukraine is lowering its defenses";
    private const string Account = "Ukrainian President Volodymyr Zelensky said that Ukraine was not lowering its defenses.";
    private const string Summed = "Therefore we are not reducing our defensive efforts";

    private static readonly KnowledgeBase Knowledge = TestCore.Knowledge;

    [Theory]
    [InlineData(Question)]
    [InlineData("did zelensky say we are not reducing our defensive efforts")]
    public void TheQuoteAnAccountSumsUp_AnswersFirst_AndTheAccountIsNotShownAgain(string question)
    {
        var semantic = new SemanticSearch(new SameMeaningEmbedder(Account, Summed), new ListLogger<SemanticSearch>());

        var answer = QueryEngine.Ask(Knowledge.Index, question, semantic);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(StatementKind.DirectQuote, answer.Citations[0].Kind);
        Assert.Contains(Summed, answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Quote == Account);
    }

    [Fact]
    public void AQuoteBesideTheAccountThatSaysSomethingElse_StaysBehindIt()
    {
        var semantic = new SemanticSearch(new SameMeaningEmbedder(Account, "no quote"), new ListLogger<SemanticSearch>());

        var answer = QueryEngine.Ask(Knowledge.Index, Question, semantic);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Account, answer.Citations[0].Quote);
    }

    [Fact]
    public void APartysAccount_GoesAfterTheQuoteOfItsMemberItSumsUp()
    {
        const string party = "Russia claimed that it would de-escalate its attacks on the capital city of Kyiv";
        const string member = "Russian Defense Ministry has decided to decrease its military activity";
        var claim = Knowledge.Index.Statements.First(s => s.Statement.Quote.StartsWith(party, StringComparison.Ordinal)).Statement.Quote;
        var semantic = new SemanticSearch(new SameMeaningEmbedder(claim, member), new ListLogger<SemanticSearch>());

        var answer = QueryEngine.Ask(Knowledge.Index, "did russia say it would reduce attacks on chernihiv", semantic);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Alexander Fomin", answer.Citations[0].Speaker);
        Assert.Contains(member, answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void APartysAccount_KeepsItsPlaceWhenTheQuestionAsksWhere()
    {
        const string party = "Russia claimed that it would de-escalate its attacks on the capital city of Kyiv";
        var claim = Knowledge.Index.Statements.First(s => s.Statement.Quote.StartsWith(party, StringComparison.Ordinal)).Statement.Quote;
        var semantic = new SemanticSearch(new SameMeaningEmbedder(claim, "Russian Defense Ministry has decided"), new ListLogger<SemanticSearch>());

        var answer = QueryEngine.Ask(Knowledge.Index, "where did russia say it would de-escalate its attacks", semantic);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Russia", answer.Citations[0].Speaker);
    }
}
