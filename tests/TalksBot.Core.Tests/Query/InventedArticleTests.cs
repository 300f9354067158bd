using System.Text.Json.Nodes;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Base of the tests that add small invented articles (a harbour master, a border commander) beside the
/// repository data, each showing one way of reading a question.</summary>
public abstract class InventedArticleTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();
    private KnowledgeBase? _knowledge;
    private Core.Query.IQueryEngine? _engine;

    /// <summary>The repository data and the articles written so far, loaded at first use.</summary>
    protected KnowledgeBase Knowledge => _knowledge ??= KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System);

    protected Core.Query.IQueryEngine Engine => _engine ??= TestCore.CreateEngine(Knowledge);

    public void Dispose()
    {
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static JsonObject Person(string id, string name, string role, params string[] aliases) => new()
    {
        ["id"] = id, ["kind"] = "person", ["name"] = name, ["role"] = role, ["aliases"] = new JsonArray([.. aliases.Select(a => JsonValue.Create(a))]),
    };

    protected static JsonObject Place(string name, string kind) => new() { ["name"] = name, ["kind"] = kind, ["aliases"] = new JsonArray() };

    protected static JsonObject Outlet(string id, string name) => new() { ["id"] = id, ["kind"] = "outlet", ["name"] = name, ["aliases"] = new JsonArray() };

    protected static JsonObject Quote(string id, int paragraph, string speaker, string quote, string? via = null, bool cut = false)
    {
        var statement = new JsonObject
        {
            ["id"] = id, ["paragraph"] = paragraph, ["kind"] = "direct_quote", ["speaker"] = speaker, ["quote"] = quote, ["topics"] = new JsonArray(),
        };
        if (via is not null)
        {
            statement["via"] = via;
        }

        if (cut)
        {
            statement["cut"] = true;
        }

        return statement;
    }

    /// <summary>The statement with the data's topics (ids of the vocabulary's topics).</summary>
    protected static JsonObject WithTopics(JsonObject statement, params string[] topics)
    {
        statement["topics"] = new JsonArray([.. topics.Select(t => JsonValue.Create(t))]);
        return statement;
    }

    /// <summary>The article's account of what the speaker said, in its own words.</summary>
    protected static JsonObject Reported(string id, int paragraph, string speaker, string account)
    {
        var statement = Quote(id, paragraph, speaker, account);
        statement["kind"] = "reported_claim";
        return statement;
    }

    /// <summary>Leaves only the invented articles (the repository's vocabulary stays).</summary>
    protected void RemoveRepositoryArticles()
    {
        foreach (var file in Directory.GetFiles(_corpus.ArticlesDirectory, "*.json"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Writes an article of The Ledger (or <paramref name="publisher"/>) with these paragraphs, actors and statements.</summary>
    protected void Write(string id, string title, string[] paragraphs, JsonObject[] actors, JsonObject[] statements, string date = "2022-03-30",
        string publisher = "The Ledger", JsonObject[]? places = null, string? happening = null)
    {
        var article = new JsonObject
        {
            ["id"] = id,
            ["publisher"] = publisher,
            ["date"] = date,
            ["title"] = title,
            ["paragraphs"] = new JsonArray([.. paragraphs.Select(p => JsonValue.Create(p))]),
            ["actors"] = new JsonArray([.. actors]),
            ["statements"] = new JsonArray([.. statements]),
        };
        if (happening is not null)
        {
            article["event"] = happening;
        }

        if (places is not null)
        {
            article["places"] = new JsonArray([.. places]);
        }

        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, id + ".json"), article.ToJsonString());
    }
}
