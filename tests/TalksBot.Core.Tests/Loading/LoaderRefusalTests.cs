using System.Text.Json.Nodes;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Loading;

/// <summary>One test per kind of bad data: each is the real seed article with one thing broken, and
/// the message must let someone find and fix it (file, statement or actor, field).</summary>
public sealed class LoaderRefusalTests
{
    private const string File = "broken.json";

    private static readonly Vocabulary Vocabulary = KnowledgeLoader.LoadVocabulary(RepositoryPaths.Data);

    [Fact]
    public void SeedArticle_Loads()
    {
        var article = KnowledgeLoader.ParseArticle(File, SeedJson().ToJsonString(), Vocabulary);

        Assert.Equal(12, article.Paragraphs.Count);
        Assert.Equal(22, article.Statements.Count);
    }

    [Fact]
    public void MalformedJson_NamesLineAndPosition()
    {
        var json = "{\n  \"id\": \"x\",\n  \"publisher\": \"P\"\n  \"date\": null\n}";

        var error = Refused(json);

        Assert.Contains(File, error);
        Assert.Contains("malformed JSON at line 4", error);
        Assert.Contains("position", error);
    }

    [Fact]
    public void QuoteNotVerbatim_NamesStatementAndField()
    {
        var error = Refused(Edit(doc => Statement(doc, "kirby-repositioning")["quote"] = "this is a repositioning, not a withdrawal"));

        Assert.Contains("statement 'kirby-repositioning'", error);
        Assert.Contains("field 'quote'", error);
        Assert.Contains("not a verbatim span of paragraph 8", error);
    }

    [Fact]
    public void QuoteWithStraightApostropheForCurly_IsNotVerbatim()
    {
        var error = Refused(Edit(doc => Statement(doc, "biden-we-will-see")["quote"] = "We'll see."));

        Assert.Contains("statement 'biden-we-will-see'", error);
        Assert.Contains("field 'quote'", error);
    }

    [Fact]
    public void UnknownSpeaker_NamesStatementFieldAndId()
    {
        var error = Refused(Edit(doc => Statement(doc, "medinsky-not-ceasefire")["speaker"] = "putin"));

        Assert.Contains("statement 'medinsky-not-ceasefire'", error);
        Assert.Contains("field 'speaker'", error);
        Assert.Contains("unknown actor id 'putin'", error);
    }

    [Fact]
    public void UnknownOutlet_NamesViaField()
    {
        var error = Refused(Edit(doc => Statement(doc, "fomin-decrease-activity")["via"] = "tass"));

        Assert.Contains("statement 'fomin-decrease-activity'", error);
        Assert.Contains("field 'via'", error);
    }

    [Fact]
    public void DuplicateStatementId_IsRefused()
    {
        var error = Refused(Edit(doc => Statement(doc, "podolyak-difficult")["id"] = "podolyak-constructive"));

        Assert.Contains("duplicate statement id 'podolyak-constructive'", error);
        Assert.Contains("field 'id'", error);
    }

    [Fact]
    public void DuplicateActorId_IsRefused()
    {
        var error = Refused(Edit(doc => ((JsonObject)doc["actors"]![1]!)["id"] = doc["actors"]![0]!["id"]!.GetValue<string>()));

        Assert.Contains("duplicate actor id", error);
    }

    [Fact]
    public void MissingRequiredField_NamesIt()
    {
        var error = Refused(Edit(doc => Statement(doc, "zelensky-signals-positive").Remove("speaker")));

        Assert.Contains("statement 'zelensky-signals-positive'", error);
        Assert.Contains("field 'speaker'", error);
        Assert.Contains("required", error);
    }

    [Fact]
    public void MissingArticleField_NamesIt()
    {
        var error = Refused(Edit(doc => doc.Remove("publisher")));

        Assert.Contains("field 'publisher'", error);
    }

    [Fact]
    public void WrongType_NamesFieldAndType()
    {
        var error = Refused(Edit(doc => Statement(doc, "kirby-donbas")["paragraph"] = "nine"));

        Assert.Contains("statement 'kirby-donbas'", error);
        Assert.Contains("field 'paragraph'", error);
        Assert.Contains("whole number", error);
    }

    [Fact]
    public void ParagraphOutOfRange_IsRefused()
    {
        var error = Refused(Edit(doc => Statement(doc, "kirby-donbas")["paragraph"] = 40));

        Assert.Contains("field 'paragraph'", error);
        Assert.Contains("outside 1..12", error);
    }

    [Fact]
    public void UnknownKind_ListsTheKinds()
    {
        var error = Refused(Edit(doc => Statement(doc, "kirby-donbas")["kind"] = "quote"));

        Assert.Contains("field 'kind'", error);
        Assert.Contains("direct_quote, reported_claim, narration", error);
    }

    [Fact]
    public void UnknownTopic_IsRefused()
    {
        var error = Refused(Edit(doc => ((JsonArray)Statement(doc, "kirby-donbas")["topics"]!).Add("weather")));

        Assert.Contains("field 'topics'", error);
        Assert.Contains("unknown topic 'weather'", error);
    }

    [Fact]
    public void DisputeOfUnknownStatement_IsRefused()
    {
        var error = Refused(Edit(doc => Statement(doc, "us-skeptical")["disputes"] = new JsonArray("nothing-here")));

        Assert.Contains("statement 'us-skeptical'", error);
        Assert.Contains("field 'disputes'", error);
    }

    [Fact]
    public void UnknownField_IsRefused()
    {
        var error = Refused(Edit(doc => Statement(doc, "kirby-donbas")["speakr"] = "kirby"));

        Assert.Contains("field 'speakr'", error);
        Assert.Contains("not a field", error);
    }

    [Fact]
    public void UnknownField_InPlaceOfAMissingOptionalOne_IsRefused()
    {
        var error = Refused(Edit(doc =>
        {
            var statement = Statement(doc, "kirby-donbas");
            statement.Remove("via");
            statement["vai"] = "abc-news";
        }));

        Assert.Contains("field 'vai'", error);
        Assert.Contains("not a field", error);
    }

    [Fact]
    public void UnknownAffiliation_IsRefused()
    {
        var error = Refused(Edit(doc => ((JsonObject)doc["actors"]!.AsArray().First(a => a!["id"]!.GetValue<string>() == "kirby")!)["affiliation"] = "nasa"));

        Assert.Contains("actor 'kirby'", error);
        Assert.Contains("field 'affiliation'", error);
    }

    [Theory]
    [InlineData("date", "29/03/2022", "YYYY-MM-DD")]
    [InlineData("url", "ftp://example.org/a", "http(s) URL")]
    [InlineData("id", "Daily Wire!", "is not an id")]
    public void BadArticleValue_IsRefused(string field, string value, string expected)
    {
        var error = Refused(Edit(doc => doc[field] = value));

        Assert.Contains($"field '{field}'", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void EmptyParagraph_IsRefused()
    {
        var error = Refused(Edit(doc => doc["paragraphs"]!.AsArray().Add("")));

        Assert.Contains("field 'paragraphs'", error);
    }

    private static string Refused(string json) =>
        Assert.Throws<DataValidationException>(() => KnowledgeLoader.ParseArticle(File, json, Vocabulary)).Message;

    private static JsonObject SeedJson() =>
        JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Data, "articles", "dailywire-2022-03-29-istanbul-talks.json")))!.AsObject();

    private static string Edit(Action<JsonObject> change)
    {
        var doc = SeedJson();
        change(doc);
        return doc.ToJsonString();
    }

    private static JsonObject Statement(JsonObject doc, string id) =>
        doc["statements"]!.AsArray().Select(s => s!.AsObject()).Single(s => s["id"]!.GetValue<string>() == id);
}
