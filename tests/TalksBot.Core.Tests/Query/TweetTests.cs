using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>"Berg's tweet about the fees" asks for what Berg said on Twitter: the vocabulary makes tweet and Twitter
/// one word, so the statement that came through Twitter answers before the one he said to reporters.</summary>
public sealed class TweetTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public TweetTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-fees",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "Harbour fees",
            ["paragraphs"] = new JsonArray(
                "“The harbour fees will double in May,” harbour master Ivo Berg told reporters.",
                "Later Berg wrote on Twitter: “Harbour fees are the price of safe berths.”"),
            ["actors"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "harbour master",
                    ["aliases"] = new JsonArray("Berg"),
                },
                new JsonObject { ["id"] = "twitter", ["kind"] = "outlet", ["name"] = "Twitter", ["aliases"] = new JsonArray() }),
            ["statements"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg-double", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "The harbour fees will double in May", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-berths", ["paragraph"] = 2, ["kind"] = "direct_quote", ["speaker"] = "berg", ["via"] = "twitter",
                    ["quote"] = "Harbour fees are the price of safe berths.", ["topics"] = new JsonArray(),
                }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-fees.json"), article.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("berg's tweet about the harbour fees")]
    [InlineData("what did berg tweet about the fees")]
    public void ATweet_IsWhatCameThroughTwitter(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Harbour fees are the price of safe berths.", answer.Citations[0].Quote);
    }
}
