using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>One outlet quotes three of Berg's words ("scale of repairs"), another his whole sentence: the sentence
/// answers first, the fragment after it.</summary>
public sealed class FragmentQuoteTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public FragmentQuoteTests()
    {
        Write("ledger-2022-03-30-repairs", "The Ledger", "Berg spoke of the “scale of repairs” at the dock.", "scale of repairs");
        Write("courier-2022-03-30-repairs", "The Courier", "“The scale of repairs has not diminished since the storm,” Berg said.",
            "The scale of repairs has not diminished since the storm");
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void TheWholeSentence_AnswersBeforeAFewOfItsWords()
    {
        var answer = _engine.Ask("scale of repairs berg?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("The scale of repairs has not diminished since the storm", answer.Citations[0].Quote);
    }

    private void Write(string id, string publisher, string paragraph, string quote)
    {
        var article = new JsonObject
        {
            ["id"] = id,
            ["publisher"] = publisher,
            ["date"] = "2022-03-30",
            ["title"] = "Repairs at the dock",
            ["paragraphs"] = new JsonArray(paragraph),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "harbour master", ["aliases"] = new JsonArray("Berg"),
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg-repairs", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg", ["quote"] = quote, ["topics"] = new JsonArray(),
            }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, id + ".json"), article.ToJsonString());
    }
}
