namespace TalksBot.Tests.Cli;

public sealed class FitCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"talksbot-fit-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task FitDryRun_PrintsTheFiguresAndAModelAndWritesNothing()
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"q":"who proposed neutrality","kind":"answer","who":["the Ukrainian delegation"],"says":["permanently neutral"],"top":true}""",
            """{"q":"what did kirby say about the troops","kind":"answer","who":["John Kirby"],"says":[],"top":false}""",
            """{"q":"what is the weather in paris","kind":"abstain"}""",
            """{"q":"a good borscht recipe","kind":"abstain"}""",
        ]);
        using var data = new TestKit.CorpusFixture();
        var decision = Path.Combine(data.Directory, "decision.json");
        var before = await File.ReadAllTextAsync(decision);

        var result = await BotProcess.RunAsync("fit", _file, "--dry-run", "--Semantic:Enabled=false", "--Knowledge:DataDirectory=" + data.Directory);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4 questions. Current model: answered right 2/2", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"weights\"", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(decision));
    }

    [Fact]
    public async Task Fit_WithoutQuestions_IsAUsageError() => Assert.Equal(2, (await BotProcess.RunAsync("fit")).ExitCode);

    public void Dispose() => File.Delete(_file);
}
