using System.Text;
using TalksBot.Core.Loading;

namespace TalksBot.Ingest.Tests;

public sealed class IngestCommandTests
{
    private const string WireId = "meridian-2022-04-12-veldoria-ostrania-agree-resume-dam-talks";

    [Fact]
    public void Run_NewArticle_WritesIdNamedFileTheLoaderAccepts()
    {
        using var data = new TempDataDirectory();

        var (code, output, error) = data.Run(Fixtures.PathOf("wire-said.txt"));

        Assert.Equal(IngestCommand.Success, code);
        Assert.Equal("", error);
        Assert.Contains($"{WireId}.json: 12 paragraphs", output, StringComparison.Ordinal);
        var loaded = KnowledgeLoader.LoadArticles(data.Path, KnowledgeLoader.LoadVocabulary(data.Path));
        Assert.Contains(loaded, a => a.Id == WireId && a.Statements.Count > 0);
    }

    [Fact]
    public void Run_FileAlreadyThere_RefusesWithoutForceAndReplacesWithIt()
    {
        using var data = new TempDataDirectory();
        var path = Path.Combine(data.Articles, WireId + ".json");
        data.Run(Fixtures.PathOf("wire-said.txt"));
        File.WriteAllText(path, "{ \"edited\": true }");

        var refused = data.Run(Fixtures.PathOf("wire-said.txt"));
        var kept = File.ReadAllText(path);
        var forced = data.Run(Fixtures.PathOf("wire-said.txt"), "--force");

        Assert.Equal(IngestCommand.Refused, refused.Code);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"edited\": true }", kept);
        Assert.Equal(IngestCommand.Success, forced.Code);
        Assert.Contains("\"id\": \"" + WireId + "\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DryRun_PrintsJsonAndSummaryAndWritesNothing()
    {
        using var data = new TempDataDirectory();
        var before = data.ArticleFiles;

        var (code, output, error) = data.Run(Fixtures.PathOf("wire-said.txt"), "--dry-run");

        Assert.Equal(IngestCommand.Success, code);
        Assert.StartsWith("{\n  \"$schema\": \"../schema/article.schema.json\",\n  \"id\": \"" + WireId + "\"", output, StringComparison.Ordinal);
        Assert.Contains("dry run: 12 paragraphs, 15 statements (12 direct quotes, 3 reported claims), 6 actors", error, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, parsed.RootElement.ValueKind);
        Assert.Equal(before, data.ArticleFiles);
    }

    [Fact]
    public void Run_NarrationFlag_AddsTheArticlesOwnSentencesAndCountsThem()
    {
        using var data = new TempDataDirectory();
        var input = data.Input("harbour.txt", System.Text.Encoding.UTF8.GetBytes(
            "Grace Okafor, the mediator, said the talks were over.\n\nThe two delegations met for a third round of talks in Port Amsel on Monday.\n"));

        var (plain, _, plainSummary) = data.Run(input, "--dry-run", "--publisher", "Test Wire");
        var (code, output, error) = data.Run(input, "--dry-run", "--publisher", "Test Wire", "--narration");

        Assert.Equal((IngestCommand.Success, IngestCommand.Success), (plain, code));
        Assert.DoesNotContain("narration", plainSummary, StringComparison.Ordinal);
        Assert.Contains("(0 direct quotes, 1 reported claims, 1 narration)", error, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"narration\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameInputTwice_WritesByteIdenticalFiles()
    {
        using var first = new TempDataDirectory();
        using var second = new TempDataDirectory();

        first.Run(Fixtures.PathOf(Fixtures.Seed), "--date", "2022-03-29");
        second.Run(Fixtures.PathOf(Fixtures.Seed), "--date", "2022-03-29");

        var name = Assert.Single(first.ArticleFiles.Except([Fixtures.CuratedSeed]));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Articles, name)), File.ReadAllBytes(Path.Combine(second.Articles, name)));
    }

    [Fact]
    public void Run_Output_IsPrettyUtf8WithoutBomWithUnescapedNonAsciiAndFinalNewline()
    {
        using var data = new TempDataDirectory();

        data.Run(Fixtures.PathOf(Fixtures.Seed), "--date", "2022-03-29");

        var bytes = File.ReadAllBytes(Path.Combine(data.Articles, "daily-wire-2022-03-29-russia-pledged-de-escalate-aggression-parts-ukraine.json"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"paragraphs\": [\n    \"Russia has pledged", text, StringComparison.Ordinal);
        Assert.Contains("Russia’s invasion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MetadataFlags_OverrideWhatTheTextSays()
    {
        using var data = new TempDataDirectory();

        var (code, output, _) = data.Run(Fixtures.PathOf("wire-said.txt"), "--dry-run", "--publisher", "Meridian Wire Service",
            "--date=2022-04-13", "--url", "https://meridian.example/dam-talks", "--title", "Dam talks to resume", "--event", "Dam talks, Portvik, 13 April 2022");

        Assert.Equal(IngestCommand.Success, code);
        Assert.Contains("\"id\": \"meridian-wire-service-2022-04-13-dam-talks-resume\"", output, StringComparison.Ordinal);
        Assert.Contains("\"publisher\": \"Meridian Wire Service\"", output, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2022-04-13\"", output, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Dam talks to resume\"", output, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"https://meridian.example/dam-talks\"", output, StringComparison.Ordinal);
        Assert.Contains("\"event\": \"Dam talks, Portvik, 13 April 2022\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "which file")]
    [InlineData(new[] { "a.txt", "b.txt" }, "one file at a time")]
    [InlineData(new[] { "a.txt", "--bogus" }, "unknown option --bogus")]
    [InlineData(new[] { "a.txt", "--date", "29/03/2022" }, "--date must be YYYY-MM-DD")]
    [InlineData(new[] { "a.txt", "--url", "ftp://example.org/a" }, "--url must be an absolute http(s) URL")]
    [InlineData(new[] { "a.txt", "--event" }, "--event needs a value")]
    [InlineData(new[] { "a.txt", "--publisher" }, "--publisher needs a value")]
    public void Run_BadArguments_ExitsTwoWithUsage(string[] args, string message)
    {
        using var data = new TempDataDirectory();

        var (code, _, error) = data.Run(args);

        Assert.Equal(IngestCommand.UsageError, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("usage: ingest <file>", error, StringComparison.Ordinal);
    }
}
