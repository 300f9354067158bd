using System.Text.Json;
using System.Text.Json.Nodes;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Loading;

/// <summary>A statement marked <c>"cut": true</c> (the source text ends inside the quotation): the loader and
/// the schema accept it only as a direct quote that reaches the end of the article's last paragraph.</summary>
public sealed class CutQuoteLoadingTests
{
    private const string File = "cut.json";
    private const string CutParagraph = "The harbour master added: “We will keep the cranes still until the owners sign, and not a d";
    private const string CutSpan = "We will keep the cranes still until the owners sign, and not a d";

    private static readonly Vocabulary Vocabulary = KnowledgeLoader.LoadVocabulary(RepositoryPaths.Data);

    [Fact]
    public void CutQuoteReachingTheEndOfTheLastParagraph_Loads()
    {
        var article = KnowledgeLoader.ParseArticle(File, WithCutStatement(_ => { }).ToJsonString(), Vocabulary);

        var statement = article.Statements.Single(s => s.Id == "lunde-cut");
        Assert.True(statement.IsCut);
        Assert.Equal(CutSpan, statement.Quote);
        Assert.DoesNotContain(article.Statements, s => s.Id != "lunde-cut" && s.IsCut);
    }

    [Fact]
    public void AnswerQuotingTheCutEnd_MarksItInTheAnswerTextToo()
    {
        var article = KnowledgeLoader.ParseArticle(File, WithCutStatement(_ => { }).ToJsonString(), Vocabulary);
        var engine = TestCore.CreateEngine(KnowledgeBase.Create([article], Vocabulary, DateTimeOffset.UnixEpoch));

        var answer = engine.Ask("will the cranes stay still until the owners sign?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(CutSpan + "…” (quote cut off in the source)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CutFalse_LoadsAsNotCut()
    {
        var article = KnowledgeLoader.ParseArticle(File, WithCutStatement(s => s["cut"] = false).ToJsonString(), Vocabulary);

        Assert.False(article.Statements.Single(s => s.Id == "lunde-cut").IsCut);
    }

    [Fact]
    public void CutQuoteThatStopsBeforeTheParagraphEnds_IsRefused()
    {
        var error = Refused(WithCutStatement(s => s["quote"] = "We will keep the cranes still"));

        Assert.Contains("statement 'lunde-cut'", error);
        Assert.Contains("field 'cut'", error);
        Assert.Contains("reach the end of paragraph", error);
    }

    [Fact]
    public void CutQuoteInAnEarlierParagraph_IsRefused()
    {
        var error = Refused(WithCutStatement(_ => { }, appendAfter: "The port reopened on Monday."));

        Assert.Contains("field 'cut'", error);
        Assert.Contains("last paragraph", error);
    }

    [Fact]
    public void CutReportedClaim_IsRefused()
    {
        var error = Refused(WithCutStatement(s => s["kind"] = "reported_claim"));

        Assert.Contains("field 'cut'", error);
        Assert.Contains("direct_quote", error);
    }

    [Fact]
    public void CutQuoteNotVerbatim_IsRefusedAsNotVerbatim()
    {
        var error = Refused(WithCutStatement(s => s["quote"] = CutSpan + "ay longer"));

        Assert.Contains("field 'quote'", error);
        Assert.Contains("not a verbatim span", error);
    }

    [Fact]
    public void CutThatIsNotABoolean_FailsSchemaAndLoader()
    {
        var doc = WithCutStatement(s => s["cut"] = "yes");

        using var broken = JsonDocument.Parse(doc.ToJsonString());
        Assert.False(SchemaTests.ArticleSchema.Evaluate(broken.RootElement).IsValid);
        Assert.Contains("expected true or false", Refused(doc));
    }

    [Fact]
    public void CutStatement_MatchesTheSchema()
    {
        using var document = JsonDocument.Parse(WithCutStatement(_ => { }).ToJsonString());

        Assert.True(SchemaTests.ArticleSchema.Evaluate(document.RootElement).IsValid);
    }

    private static string Refused(JsonObject doc) =>
        Assert.Throws<DataValidationException>(() => KnowledgeLoader.ParseArticle(File, doc.ToJsonString(), Vocabulary)).Message;

    /// <summary>The seed article with an invented last paragraph that ends inside a quotation, quoted as cut; optionally
    /// with one more paragraph after it.</summary>
    private static JsonObject WithCutStatement(Action<JsonObject> change, string? appendAfter = null)
    {
        var doc = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Data, "articles", "dailywire-2022-03-29-istanbul-talks.json")))!.AsObject();
        var paragraphs = doc["paragraphs"]!.AsArray();
        paragraphs.Add(CutParagraph);
        var number = paragraphs.Count;
        if (appendAfter is not null)
        {
            paragraphs.Add(appendAfter);
        }

        var speaker = doc["actors"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var statement = new JsonObject
        {
            ["id"] = "lunde-cut",
            ["paragraph"] = number,
            ["kind"] = "direct_quote",
            ["speaker"] = speaker,
            ["quote"] = CutSpan,
            ["cut"] = true,
            ["topics"] = new JsonArray(),
        };
        change(statement);
        doc["statements"]!.AsArray().Add(statement);
        return doc;
    }
}
