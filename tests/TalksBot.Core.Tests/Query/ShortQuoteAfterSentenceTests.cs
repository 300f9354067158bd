using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>"what did Berg say": his sentences, in every article, come before the two words he said first ("We'll see")
/// and the few words an excerpt cut off ("Because of the storm the ferr"), which still follow.</summary>
public sealed class ShortQuoteAfterSentenceTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private readonly Core.Query.IQueryEngine _engine;

    public ShortQuoteAfterSentenceTests()
    {
        var article = new JsonObject
        {
            ["id"] = "ledger-2022-03-30-harbour",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-30",
            ["title"] = "Harbour plans",
            ["paragraphs"] = new JsonArray(
                "“We’ll see,” harbour master Ivo Berg said. “Nothing moves until the inspectors sign the papers.”",
                "Berg added: “Because of the storm the ferr"),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "harbour master",
                ["aliases"] = new JsonArray("Berg"),
            }),
            ["statements"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "berg-see", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "We’ll see", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-papers", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "Nothing moves until the inspectors sign the papers.", ["topics"] = new JsonArray(),
                },
                new JsonObject
                {
                    ["id"] = "berg-storm", ["paragraph"] = 2, ["kind"] = "direct_quote", ["speaker"] = "berg",
                    ["quote"] = "Because of the storm the ferr", ["topics"] = new JsonArray(), ["cut"] = true,
                }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-harbour.json"), article.ToJsonString());
        var nextDay = new JsonObject
        {
            ["id"] = "ledger-2022-03-31-harbour",
            ["publisher"] = "The Ledger",
            ["date"] = "2022-03-31",
            ["title"] = "Inspectors due",
            ["paragraphs"] = new JsonArray("“The inspectors arrive on Thursday morning,” Berg said."),
            ["actors"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg", ["kind"] = "person", ["name"] = "Ivo Berg", ["role"] = "harbour master",
                ["aliases"] = new JsonArray("Berg"),
            }),
            ["statements"] = new JsonArray(new JsonObject
            {
                ["id"] = "berg-inspectors", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "berg",
                ["quote"] = "The inspectors arrive on Thursday morning", ["topics"] = new JsonArray(),
            }),
        };
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-31-harbour.json"), nextDay.ToJsonString());
        _engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void WhatAPersonSaid_ShowsTheirSentenceBeforeAFewWords()
    {
        var answer = _engine.Ask("what did berg say");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(["Nothing moves until the inspectors sign the papers.", "The inspectors arrive on Thursday morning"],
            answer.Citations.Take(2).Select(c => c.Quote));
        Assert.Equal(["Because of the storm the ferr", "We’ll see"], answer.Citations.Skip(2).Select(c => c.Quote).Order(StringComparer.Ordinal));
    }
}
