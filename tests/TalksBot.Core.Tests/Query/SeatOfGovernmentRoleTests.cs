using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>A role named by a seat of government ("Ankara spokeswoman") describes someone of that country, so a
/// question that names the country or its capital in the possessive finds her.</summary>
public sealed class SeatOfGovernmentRoleTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public SeatOfGovernmentRoleTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-spokeswoman",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "Spokeswoman on the schedule",
            ["paragraphs"] = new JsonArray("“Turkey is ready to host the next round,” Ankara spokeswoman Ina Vell said."),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "vell", ["kind"] = "person", ["name"] = "Ina Vell", ["role"] = "Ankara spokeswoman",
                ["aliases"] = new JsonArray("Vell"),
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = "vell-schedule", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "vell",
                ["quote"] = "Turkey is ready to host the next round", ["topics"] = new JsonArray(),
            }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-spokeswoman.json"), article.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("what did the ankara spokeswoman say")]
    [InlineData("what did turkey's spokeswoman say")]
    [InlineData("what did turkey's spokeswoman say about the next round")]
    public void TheCountryOrItsCapital_DescribesTheSeatsSpokeswoman(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ina Vell", answer.Citations[0].Speaker);
    }

    [Fact]
    public void AnotherCountrysSpokeswoman_IsNotHer()
    {
        var answer = _engine.Ask("what did moscow's spokeswoman say");

        Assert.False(answer.Answered, answer.Text);
    }
}
