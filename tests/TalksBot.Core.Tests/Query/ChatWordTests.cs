using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Chat shorthand and everyday words of the vocabulary: "b4" is before, drills are exercises.</summary>
public sealed class ChatWordTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public ChatWordTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-border",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "Border calm",
            ["paragraphs"] = new JsonArray("“No military exercises will be held near the border this spring,” border commander Ivo Berg said before the vote."),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "border commander",
                ["aliases"] = new JsonArray("Berg"),
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg-exercises", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                ["quote"] = "No military exercises will be held near the border this spring", ["topics"] = new JsonArray(),
            }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-border.json"), article.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("were there drills")]
    [InlineData("any war games planned")]
    [InlineData("what did berg say b4 the vote")]
    public void ChatWords_AreReadAsTheVocabularySays(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }
}
