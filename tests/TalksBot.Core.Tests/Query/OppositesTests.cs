using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>A yes/no question is answered by a statement that says the opposite: "did Berg say the crossing was
/// easy" — "The crossing was difficult" (data/vocabulary.json "opposites", read both ways).</summary>
public sealed class OppositesTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public OppositesTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-crossing",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "The crossing",
            ["paragraphs"] = new JsonArray("“The crossing was difficult,” harbour master Ivo Berg said. “The ferry leaves at noon,” he added."),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "harbour master",
                ["aliases"] = new JsonArray("Berg"),
            }),
            ["statements"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg-crossing", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "The crossing was difficult", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-ferry", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "The ferry leaves at noon", ["topics"] = new JsonArray(),
                }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-crossing.json"), article.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("did berg say it was easy")]
    [InlineData("was it easy for berg?")]
    public void AYesNoQuestion_IsAnsweredByTheOpposite(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The crossing was difficult", answer.Citations[0].Quote);
    }

    [Fact]
    public void AnOpenQuestion_IsNotAnsweredByTheOpposite()
    {
        var answer = _engine.Ask("what did berg say was easy");

        Assert.False(answer.Answered && answer.Citations[0].Quote == "The crossing was difficult", answer.Text);
    }
}
