namespace TalksBot.Core.Tests.Query;

/// <summary>"exact quote pls", "in quotes", "verbatim": asked for someone's own words where the coverage has only the article's
/// account of them, the reply says so instead of showing the account as if it answered; where they are quoted, the quote answers,
/// and the words asking for it are no topic.</summary>
public sealed class ExactWordsTests : InventedArticleTests
{
    public ExactWordsTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-tariffs", "Tariff talks",
            [
                "US trade envoy Dana Holt said the tariffs would stay in place until the grain ships moved.",
                "“The ferries run again on Monday,” Holt said.",
            ],
            [Person("holt", "Dana Holt", "US trade envoy", "Holt")],
            [
                Reported("holt-tariffs", 1, "holt", "US trade envoy Dana Holt said the tariffs would stay in place until the grain ships moved."),
                Quote("holt-ferries", 2, "holt", "The ferries run again on Monday"),
            ]);
    }

    [Theory]
    [InlineData("what did holt say about the tariffs, exact quote")]
    [InlineData("holt on the tariffs? in quotes pls")]
    [InlineData("what did holt say about the tariffs? quote pls")]
    public void OwnWordsAsked_WhereOnlyAnAccountAnswers_IsDeclinedSayingSo(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("The coverage has no quote of Dana Holt's own words on that", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAccount_StillAnswersWhenOwnWordsAreNotAsked()
    {
        var answer = Engine.Ask("what did holt say about the tariffs");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("tariffs would stay", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnWordsAsked_WhereTheyAreQuoted_AreAnsweredByTheQuote()
    {
        var answer = Engine.Ask("what did holt say about the ferries, exact quote");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The ferries run again on Monday", answer.Citations[0].Quote);
    }
}
