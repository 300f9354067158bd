using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>A secretary-general is the organisation's chief or boss, and "League chief on the ships" (no verb of
/// saying) asks what the one so described said about the ships.</summary>
public sealed class TerseDescriptionTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;
    private readonly Core.Index.KnowledgeIndex _index;

    public TerseDescriptionTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-league",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "The league meets",
            ["paragraphs"] = new JsonArray(
                "“The ships keep sailing through the strait,” said Ivo Berg, the Harbour League Secretary-General.",
                "“The cranes will be replaced in June,” Berg added.",
                "Port engineer Ana Vell disagreed: “The League ships are not sailing, the League ships are waiting in the strait.”"),
            ["actors"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "Harbour League Secretary-General",
                    ["aliases"] = new JsonArray("Berg"),
                },
                new JsonObject
                {
                    ["id"] = "vell", ["kind"] = "person", ["name"] = "Ana Vell", ["role"] = "port engineer",
                    ["aliases"] = new JsonArray("Vell"),
                }),
            ["statements"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg-ships", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "The ships keep sailing through the strait", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-cranes", ["paragraph"] = 2, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "The cranes will be replaced in June", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "vell-waiting", ["paragraph"] = 3, ["kind"] = "direct_quote", ["speaker"] = "vell",
                    ["quote"] = "The League ships are not sailing, the League ships are waiting in the strait.", ["topics"] = new JsonArray(),
                }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-league.json"), article.ToJsonString());
        var knowledge = KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System);
        _index = knowledge.Index;
        _engine = TestCore.CreateEngine(knowledge);
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("what did the league's boss say about the cranes", "The cranes will be replaced in June")]
    [InlineData("league chief on the ships", "The ships keep sailing through the strait")]
    [InlineData("harbour league boss on the cranes", "The cranes will be replaced in June")]
    public void TheDescribedChief_IsAskedAbout(string question, string quote)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(quote, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("league chief on the ships")]
    [InlineData("harbour league boss on the cranes")]
    public void TheWordsBeforeOn_DescribeWhoIsAskedAbout(string question) =>
        Assert.Equal("Ivo Berg", new Core.Query.QuestionParser(_index).Parse(question).Subject?.Name);
}
