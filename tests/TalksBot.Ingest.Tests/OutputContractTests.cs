using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using TalksBot.Core.Loading;
using TalksBot.Ingest.Output;
using TalksBot.TestKit;

namespace TalksBot.Ingest.Tests;

/// <summary>Every file ingest writes passes the article schema and Core's loader, with well-formed ids.</summary>
public sealed partial class OutputContractTests
{
    /// <summary>Built once per process: the schema library registers each schema's $id globally.</summary>
    internal static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "schema", "article.schema.json"))));

    public static TheoryData<string> AllFixtures => [Fixtures.Seed, "wire-said.txt", "british-told.txt", "html-page.html", "interview.txt"];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Write_IngestedFixture_PassesSchemaAndLoader(string file)
    {
        var ingested = Fixtures.IngestLabelled(file);

        var json = ArticleJsonWriter.Write(ingested);

        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var loaded = KnowledgeLoader.ParseArticle(ingested.Article.Id + ".json", json, Fixtures.Vocabulary);
        Assert.Equal(ingested.Article.Statements.Count, loaded.Statements.Count);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Ingest_Fixture_IdsAreSlugsAndStatementIdsUnique(string file)
    {
        var article = Fixtures.IngestLabelled(file).Article;

        Assert.Matches(IdPattern(), article.Id);
        Assert.All(article.Actors.Select(a => a.Id).Concat(article.Statements.Select(s => s.Id)), id => Assert.Matches(IdPattern(), id));
        Assert.Equal(article.Statements.Count, article.Statements.Select(s => s.Id).Distinct().Count());
        Assert.Equal(article.Actors.Count, article.Actors.Select(a => a.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Ingest_Fixture_TopicsComeOnlyFromTheVocabulary(string file)
    {
        var known = Fixtures.Vocabulary.Topics.Select(t => t.Id).ToHashSet();

        var topics = Fixtures.IngestLabelled(file).Article.Statements.SelectMany(s => s.Topics).ToList();

        Assert.All(topics, t => Assert.Contains(t, known));
    }

    [Fact]
    public void Ingest_SeedStatement_TaggedWithTopicsWhoseTermsItUses()
    {
        var article = Fixtures.Ingest(Fixtures.Seed).Article;

        var ceasefire = article.Statements.Single(s => s.Quote.StartsWith("This is not a ceasefire", StringComparison.Ordinal));

        Assert.Equal(["ceasefire", "de-escalation"], ceasefire.Topics.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex IdPattern();
}
