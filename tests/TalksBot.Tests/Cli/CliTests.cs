using System.Text.Json;
using TalksBot.TestKit;

namespace TalksBot.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly CorpusFixture _brokenData = new();

    [Fact]
    public async Task Ask_PrintsOneAnswerWithItsCitation()
    {
        var result = await BotProcess.RunAsync("ask", "who proposed neutrality");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("The Ukrainian delegation, via The New York Times", result.Output, StringComparison.Ordinal);
        Assert.Contains("willing to declare itself “permanently neutral” between Russia and NATO", result.Output, StringComparison.Ordinal);
        Assert.Contains("paragraph 3", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_AnswersEachLineInOrderInTheDocumentedShape()
    {
        var result = await BotProcess.RunWithInputAsync("who proposed neutrality\nwhat is the weather in paris\n\nwhat did kirby say\n", null, "ask", "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["who proposed neutrality", "what is the weather in paris", "", "what did kirby say"], answers.Select(a => a.GetProperty("question").GetString()));

        var first = answers[0];
        Assert.True(first.GetProperty("answered").GetBoolean());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("text").GetString()));
        var citation = first.GetProperty("citations")[0];
        Assert.Equal("The Ukrainian delegation", citation.GetProperty("speaker").GetString());
        Assert.Equal("Ukraine's negotiating team at the Istanbul talks", citation.GetProperty("role").GetString());
        Assert.Equal("The New York Times", citation.GetProperty("via").GetString());
        Assert.Equal("The Daily Wire", citation.GetProperty("source").GetString());
        Assert.Equal(3, citation.GetProperty("paragraph").GetInt32());
        Assert.Contains("permanently neutral", citation.GetProperty("quote").GetString());

        Assert.False(answers[1].GetProperty("answered").GetBoolean());
        Assert.Equal(0, answers[1].GetProperty("citations").GetArrayLength());
        Assert.False(answers[2].GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answers[3].GetProperty("citations")[0].GetProperty("via").ValueKind);
    }

    [Fact]
    public async Task Check_GoodData_ExitsZeroWithASummary()
    {
        var result = await BotProcess.RunAsync("check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Data OK: 1 article(s), 22 statements", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BadData_ExitsNonZeroNamingFileStatementAndField()
    {
        CopyDataBreakingAQuote();

        var result = await BotProcess.RunAsync("check", "--Knowledge:DataDirectory=" + _brokenData.Directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dailywire-2022-03-29-istanbul-talks.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("statement 'kirby-repositioning'", result.Error, StringComparison.Ordinal);
        Assert.Contains("field 'quote'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Run_BadData_FailsFastInsteadOfServingPartially()
    {
        CopyDataBreakingAQuote();

        var result = await BotProcess.RunWithInputAsync("who is kirby\n", new Dictionary<string, string> { ["Knowledge__DataDirectory"] = _brokenData.Directory });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Data error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutTokens_ChatsOverPipedInputUntilEndOfInput()
    {
        var result = await BotProcess.RunWithInputAsync("who is the pentagon spokesman\nhelp\nwho won the world cup\n", null);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("John Kirby — Pentagon spokesman", result.Output, StringComparison.Ordinal);
        Assert.Contains("quotes <person>", result.Output, StringComparison.Ordinal);
        Assert.Contains("The coverage doesn't", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", result.Output.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("chat")]
    public async Task ConsoleChat_ShowsAnswersOnlyWithNoInformationLogLines(string verb)
    {
        var result = await BotProcess.RunWithInputAsync("who proposed neutrality\nwho won the world cup\n", null, verb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("permanently neutral", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CommandRouter", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_MoreAndQuit_PageTheLastAnswerThenStop()
    {
        var result = await BotProcess.RunWithInputAsync("what did the russian side say\nmore\nquit\nwho is kirby\n", null, "chat");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Showing 1–3 of", result.Output, StringComparison.Ordinal);
        Assert.Contains("[4]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("John Kirby — Pentagon spokesman", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_IsOneConversation_AFollowUpKeepsTheLastSpeaker()
    {
        var result = await BotProcess.RunWithInputAsync("what did biden say\nwhat about the Donbas?\n", null, "chat");
        var alone = await BotProcess.RunWithInputAsync("what about the Donbas?\n", null, "chat");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reprioritizing the Donbas", alone.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("quote Joe Biden on that", alone.Output, StringComparison.Ordinal);
        Assert.Contains("The coverage doesn't quote Joe Biden on that.", result.Output, StringComparison.Ordinal);
        Assert.Contains("We’ll see", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_FromCommandLineAndEnvironment_AreApplied()
    {
        var fromArgs = await BotProcess.RunWithInputAsync("what did the russian side say\n", null, "chat", "--Chat:PageSize=1");
        var fromEnvironment = await BotProcess.RunWithInputAsync("what did the russian side say\n", new Dictionary<string, string> { ["Chat__PageSize"] = "2" }, "chat");

        Assert.Contains("Showing 1–1 of", fromArgs.Output, StringComparison.Ordinal);
        Assert.Contains("Showing 1–2 of", fromEnvironment.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_OutOfRange_FailAtStartNamingTheKey()
    {
        var result = await BotProcess.RunWithInputAsync("hi\n", null, "chat", "--Chat:PageSize=0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PageSize", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithoutAQuestion_ExplainsUsage()
    {
        var result = await BotProcess.RunAsync("ask");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WritesAnArticleTheBotThenAnswersFrom()
    {
        using var corpus = new CorpusFixture();
        var source = Path.Combine(corpus.Directory, "incoming.txt");
        await File.WriteAllTextAsync(source, "Talks to resume online, negotiators say\n\n"
            + "Ukrainian negotiator Ilona Varga said on Thursday that the talks would resume by video link.\n\n"
            + "\"We will continue on Friday in video format,\" Varga told reporters.\n");

        var ingest = await BotProcess.RunAsync("ingest", source, "--publisher", "Wire Service", "--date", "2022-03-31", "--Knowledge:DataDirectory=" + corpus.Directory);
        var again = await BotProcess.RunAsync("ingest", source, "--publisher", "Wire Service", "--date", "2022-03-31", "--Knowledge:DataDirectory=" + corpus.Directory);
        var asked = await BotProcess.RunAsync("ask", "what did varga say", "--Knowledge:DataDirectory=" + corpus.Directory);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(2, Directory.GetFiles(corpus.ArticlesDirectory, "*.json").Length);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.Contains("We will continue on Friday in video format", asked.Output, StringComparison.Ordinal);
        Assert.Contains("Ilona Varga", asked.Output, StringComparison.Ordinal);
        Assert.Contains("Wire Service, 31 March 2022", asked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_AddsTheNewStatementsToTheVectorCache()
    {
        using var corpus = new CorpusFixture();
        var cache = Path.Combine(corpus.Directory, "vectors", "all-MiniLM-L6-v2.bin");
        var before = new FileInfo(cache).Length;
        var source = Path.Combine(corpus.Directory, "incoming.txt");
        await File.WriteAllTextAsync(source, "Talks to resume online\n\n\"We will continue on Friday in video format,\" negotiator Ilona Varga told reporters.\n");

        var ingest = await BotProcess.RunAsync("ingest", source, "--publisher", "Wire Service", "--date", "2022-03-31", "--Knowledge:DataDirectory=" + corpus.Directory);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("Statement vectors are up to date", ingest.Error, StringComparison.Ordinal);
        Assert.True(new FileInfo(cache).Length > before);
    }

    public void Dispose() => _brokenData.Dispose();

    private void CopyDataBreakingAQuote()
    {
        var article = Path.Combine(_brokenData.ArticlesDirectory, "dailywire-2022-03-29-istanbul-talks.json");
        File.WriteAllText(article, File.ReadAllText(article).Replace("this is a repositioning, not a real withdrawal.\"", "this is not a withdrawal.\"", StringComparison.Ordinal));
    }
}
