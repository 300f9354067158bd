using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>The coverage quotes Chernihiv's mayor, known also as "the mayor": "the mayor of Kyiv" is someone else,
/// whom it does not quote; "the mayor" and "Chernihiv's mayor" are he.</summary>
public sealed class RoleOfAnotherPlaceTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public RoleOfAnotherPlaceTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-mayor",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "Mayor on the shelling",
            ["paragraphs"] = new JsonArray("“The shelling went on all night,” the Chernihiv mayor Ivo Berg said."),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "Chernihiv mayor",
                ["aliases"] = new JsonArray("Berg", "the mayor", "mayor"),
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg-shelling", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                ["quote"] = "The shelling went on all night", ["topics"] = new JsonArray(),
            }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-mayor.json"), article.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("what did the mayor of kyiv say", "mayor of kyiv")]
    [InlineData("what did kyiv's mayor say", "kyiv's mayor")]
    public void TheRoleOfAnotherPlace_IsSomeoneNotQuoted(string question, string named)
    {
        var answer = _engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains($"doesn't quote “{named}”", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the mayor say")]
    [InlineData("what did chernihiv's mayor say")]
    [InlineData("what else did the mayor say")]
    public void TheRoleAloneOrOfTheActorsOwnPlace_IsThatActor(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }
}
