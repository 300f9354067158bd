using System.Text.Json;
using System.Text.Json.Nodes;
using TalksBot.TestKit;

namespace TalksBot.Tests.Cli;

/// <summary>A quote the source text cuts off, from <c>ingest</c> through <c>check</c> to what <c>ask</c> and
/// <c>ask --json</c> show: the verbatim span, then the cut mark and the note.</summary>
public sealed class CutQuoteCliTests
{
    private const string Span = "We will not open the locks until the shipowners sign the new r";

    [Fact]
    public async Task IngestedCutQuote_PassesCheckAndIsShownWithTheMarkAndNote()
    {
        using var corpus = new CorpusFixture();
        await IngestCutArticleAsync(corpus);

        var check = await BotProcess.RunAsync("check", "--Knowledge:DataDirectory=" + corpus.Directory);
        var asked = await BotProcess.RunAsync("ask", "what did lunde say", "--Knowledge:DataDirectory=" + corpus.Directory);
        var json = await BotProcess.RunWithInputAsync("what did lunde say\n", null, "ask", "--json", "--Knowledge:DataDirectory=" + corpus.Directory);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("“" + Span + "…” (quote cut off in the source)", asked.Output, StringComparison.Ordinal);
        var citation = JsonDocument.Parse(json.Output.Trim()).RootElement.GetProperty("citations")
            .EnumerateArray().Single(c => c.GetProperty("quote").GetString() == Span);
        Assert.True(citation.GetProperty("cut").GetBoolean());
        Assert.Equal(Span + "…", citation.GetProperty("shown").GetString());
        Assert.Equal("(quote cut off in the source)", citation.GetProperty("note").GetString());
    }

    [Fact]
    public async Task CutQuoteThatNoLongerEndsTheText_IsRefusedByCheck()
    {
        using var corpus = new CorpusFixture();
        var file = await IngestCutArticleAsync(corpus);
        var article = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        article["paragraphs"]!.AsArray().Add("The port reopened on Monday.");
        await File.WriteAllTextAsync(file, article.ToJsonString());

        var check = await BotProcess.RunAsync("check", "--Knowledge:DataDirectory=" + corpus.Directory);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(Path.GetFileName(file), check.Error, StringComparison.Ordinal);
        Assert.Contains("field 'cut'", check.Error, StringComparison.Ordinal);
        Assert.Contains("last paragraph", check.Error, StringComparison.Ordinal);
    }

    private static async Task<string> IngestCutArticleAsync(CorpusFixture corpus)
    {
        var source = Path.Combine(corpus.Directory, "incoming.txt");
        await File.WriteAllTextAsync(source, "Harbour strike enters its second week\n\n"
            + "Harbour master Edda Lunde said on Thursday that the cranes would stay still.\n\n"
            + "“" + Span);
        var before = Directory.GetFiles(corpus.ArticlesDirectory, "*.json");

        var ingest = await BotProcess.RunAsync("ingest", source, "--publisher", "Harbour Wire", "--date", "2022-03-31", "--Knowledge:DataDirectory=" + corpus.Directory);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("1 quote(s) cut off where the text ends", ingest.Output, StringComparison.Ordinal);
        return Assert.Single(Directory.GetFiles(corpus.ArticlesDirectory, "*.json").Except(before));
    }
}
