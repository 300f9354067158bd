using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>A title that only the speaker's names hold ("Rear Admiral Ivo Berg"; the article text never says "admiral")
/// still describes him: "the rear admiral" is asked about, not a stranger.</summary>
public sealed class TitleOnlyInNamesTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public TitleOnlyInNamesTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-admiral",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "Fleet movements",
            ["paragraphs"] = new JsonArray("“The fleet stays in port this week,” Berg said."),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "fleet commander",
                ["aliases"] = new JsonArray("Berg", "Rear Admiral Ivo Berg"),
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg-fleet", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                ["quote"] = "The fleet stays in port this week", ["topics"] = new JsonArray(),
            }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-admiral.json"), article.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("what did the rear admiral say")]
    [InlineData("what did the rear admiral say about the fleet")]
    [InlineData("who is the rear admiral")]
    public void TheTitle_FindsTheOneWhoseNamesHoldIt(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Ivo Berg", answer.Text + string.Join(' ', answer.Citations.Select(c => c.Speaker)), StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't quote", answer.Text, StringComparison.Ordinal);
    }
}
