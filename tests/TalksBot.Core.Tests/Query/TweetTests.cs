namespace TalksBot.Core.Tests.Query;

/// <summary>"Berg's tweet about the fees" asks for what Berg said on Twitter: the vocabulary makes tweet and Twitter
/// one word, so the statement that came through Twitter answers before the one he said to reporters.</summary>
public sealed class TweetTests : InventedArticleTests
{
    public TweetTests() =>
        Write("ledger-2022-03-30-fees", "Harbour fees",
            ["“The harbour fees will double in May,” harbour master Ivo Berg told reporters.",
             "Later Berg wrote on Twitter: “Harbour fees are the price of safe berths.”"],
            [Person("berg", "Ivo Berg", "harbour master", "Berg"), Outlet("twitter", "Twitter")],
            [Quote("berg-double", 1, "berg", "The harbour fees will double in May"),
             Quote("berg-berths", 2, "berg", "Harbour fees are the price of safe berths.", via: "twitter")]);

    [Theory]
    [InlineData("berg's tweet about the harbour fees")]
    [InlineData("what did berg tweet about the fees")]
    public void ATweet_IsWhatCameThroughTwitter(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Harbour fees are the price of safe berths.", answer.Citations[0].Quote);
    }
}
