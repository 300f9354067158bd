using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Chat shorthand and everyday words of the vocabulary: "b4" is before, drills are exercises, cautious is
/// skeptical, to ease off is to let up.</summary>
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
            ["paragraphs"] = new JsonArray(
                "“No military exercises will be held near the border this spring,” border commander Ivo Berg said before the vote.",
                "“We are cautious about the ceasefire,” Berg added. “The patrols will not let up.”"),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "border commander",
                ["aliases"] = new JsonArray("Berg"),
            }),
            ["statements"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg-exercises", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "No military exercises will be held near the border this spring", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-cautious", ["paragraph"] = 2, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "We are cautious about the ceasefire", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-patrols", ["paragraph"] = 2, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "The patrols will not let up.", ["topics"] = new JsonArray(),
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

    [Theory]
    [InlineData("is berg skeptical?", "We are cautious about the ceasefire")]
    [InlineData("is anyone easing off?", "The patrols will not let up.")]
    public void WordsOfOneMeaning_FindEachOther(string question, string quote)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(quote, answer.Citations[0].Quote);
    }
}
