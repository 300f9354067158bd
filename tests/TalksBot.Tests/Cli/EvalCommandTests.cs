namespace TalksBot.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"talksbot-eval-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task Eval_ScoresEachQuestionAndPrintsTheFigures()
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"q":"who proposed neutrality","kind":"answer","who":["the Ukrainian delegation"],"says":["permanently neutral"],"top":true,"style":"plain"}""",
            """{"q":"what is the weather in paris","kind":"abstain","who":[],"says":[],"top":false}""",
            """{"q":"who proposed neutrality","kind":"abstain"}""",
        ]);

        var result = await BotProcess.RunAsync("eval", _file, "--misses");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 questions; answered right 1/1 (100.0 %), declined right 1/2 (50.0 %), verbatim 3/3", result.Output, StringComparison.Ordinal);
        Assert.Contains("MISS [abstain] who proposed neutrality", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ConversationLines_AreAskedInOneConversation_FollowUpsReportedApart()
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"q":"who proposed neutrality","kind":"answer","who":["the Ukrainian delegation"],"says":["permanently neutral"],"top":true}""",
            """{"turns":[{"q":"what did kirby say about the withdrawal","kind":"answer","who":["Kirby"],"says":["repositioning"],"top":true,"follow_up":false},{"q":"what about Kyiv?","kind":"answer","who":["Kirby"],"says":["movement by some Russian units"],"top":true,"follow_up":true},{"q":"who proposed neutrality","kind":"answer","who":["the Ukrainian delegation"],"says":["permanently neutral"],"top":true,"follow_up":false}]}""",
            """{"turns":[{"q":"what did Biden say","kind":"answer","who":["Biden"],"follow_up":false},{"q":"what about the Donbas?","kind":"answer","who":["Biden"],"follow_up":true}]}""",
        ]);

        var result = await BotProcess.RunAsync("eval", _file, "--misses");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 questions; answered right 1/1", result.Output, StringComparison.Ordinal);
        Assert.Contains("5 conversation turns; answered right 4/5", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 conversations: follow-up turns right 1/2 (50.0 %), turns naming their own subject right 3/3, changed by context 0/3", result.Output, StringComparison.Ordinal);
        Assert.Contains("MISS [follow-up answer] what about the Donbas?", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Slowest_ListsTheQuestionsByTheirAnswerTime()
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"q":"who proposed neutrality","kind":"answer","who":["the Ukrainian delegation"],"says":["permanently neutral"],"top":true}""",
            """{"q":"what did kirby say","kind":"answer","who":["Kirby"],"says":[],"top":true}""",
        ]);

        var result = await BotProcess.RunAsync("eval", _file, "--slowest");

        Assert.Equal(0, result.ExitCode);
        var slow = result.Output.Split('\n').Where(l => l.StartsWith("SLOW ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, slow.Count);
        Assert.Contains(slow, l => l.EndsWith("who proposed neutrality", StringComparison.Ordinal));
        Assert.Contains(slow, l => l.EndsWith("what did kirby say", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_MalformedLine_ExitsOneNamingTheLine()
    {
        await File.WriteAllTextAsync(_file, "{\"q\":\"x\",\"kind\":\"answer\"}\nnot json\n");

        var result = await BotProcess.RunAsync("eval", _file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WithoutAFile_IsAUsageError()
    {
        var result = await BotProcess.RunAsync("eval");

        Assert.Equal(2, result.ExitCode);
    }

    public void Dispose() => File.Delete(_file);
}
