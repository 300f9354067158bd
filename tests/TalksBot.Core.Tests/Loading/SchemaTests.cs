using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Loading;

/// <summary>The JSON Schemas in data/schema and the loader agree: the data passes both, and a
/// structural break fails both.</summary>
public sealed class SchemaTests
{
    private static readonly string ArticlePath = Path.Combine(RepositoryPaths.Data, "articles", "dailywire-2022-03-29-istanbul-talks.json");

    [Fact]
    public void EveryArticle_MatchesTheSchema()
    {
        var schema = Load("article.schema.json");

        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            Assert.True(schema.Evaluate(document.RootElement).IsValid, file);
        }
    }

    [Fact]
    public void Vocabulary_MatchesTheSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "vocabulary.json")));

        Assert.True(Load("vocabulary.schema.json").Evaluate(document.RootElement).IsValid);
    }

    [Theory]
    [InlineData("statements", "speaker", null)]
    [InlineData("statements", "kind", "quote")]
    [InlineData("statements", "paragraph", "three")]
    [InlineData("statements", "extra", "field")]
    [InlineData("actors", "kind", "company")]
    [InlineData("actors", "aliases", null)]
    public void StructuralBreak_FailsSchemaAndLoader(string array, string field, string? value)
    {
        var doc = JsonNode.Parse(File.ReadAllText(ArticlePath))!.AsObject();
        var item = doc[array]!.AsArray()[0]!.AsObject();
        if (value is null)
        {
            item.Remove(field);
        }
        else
        {
            item[field] = value;
        }

        using var broken = JsonDocument.Parse(doc.ToJsonString());
        var vocabulary = KnowledgeLoader.LoadVocabulary(RepositoryPaths.Data);

        Assert.False(Load("article.schema.json").Evaluate(broken.RootElement).IsValid);
        Assert.Throws<DataValidationException>(() => KnowledgeLoader.ParseArticle("broken.json", doc.ToJsonString(), vocabulary));
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = new()
    {
        ["article.schema.json"] = Read("article.schema.json"),
        ["vocabulary.schema.json"] = Read("vocabulary.schema.json"),
    };

    // The library registers each schema's $id globally, so each schema is built once per process.
    private static JsonSchema Load(string name) => Schemas[name];

    internal static JsonSchema ArticleSchema => Load("article.schema.json");

    private static JsonSchema Read(string name) => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "schema", name)));
}
