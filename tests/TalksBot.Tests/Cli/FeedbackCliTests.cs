using System.Text.Json;

namespace TalksBot.Tests.Cli;

/// <summary>"good" / "bad" in the console chat, kept in the feedback file across processes, and the
/// <c>feedback</c> verb's report and question-set export.</summary>
public sealed class FeedbackCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talksbot-feedback-cli-").FullName;

    private string FileSetting => "--Feedback:Path=" + Path.Combine(_folder, "votes.jsonl");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task VotesFromTwoChatSessions_ReportedOnceEach_AndExportedAsQuestionCases()
    {
        var first = await BotProcess.RunWithInputAsync("who proposed neutrality\ngood\nwhat is the capital of peru\nbad\nbad 3\n", null, "chat", FileSetting);
        var second = await BotProcess.RunWithInputAsync("good\nwho proposed neutrality\nbad 1\n", null, "chat", FileSetting);
        var report = await BotProcess.RunAsync("feedback", FileSetting);
        var export = await BotProcess.RunAsync("feedback", "--export", FileSetting);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Thanks for the 👍", first.Output, StringComparison.Ordinal);
        Assert.Contains("What was wrong? Say “bad 1” wrong quote", first.Output, StringComparison.Ordinal);
        Assert.Contains("Noted: should have answered.", first.Output, StringComparison.Ordinal);
        Assert.Contains("There is no answer to rate yet.", second.Output, StringComparison.Ordinal);
        Assert.Contains("Noted: wrong quote.", second.Output, StringComparison.Ordinal);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(_folder, "votes.jsonl")).Length);

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("3 vote(s), 1 👍 and 2 👎", report.Output, StringComparison.Ordinal);
        var worst = report.Output[report.Output.IndexOf("Worst questions:", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("what is the capital of peru (should have answered 1)", worst[1].TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("who proposed neutrality (wrong quote 1)", worst[2].TrimEnd(), StringComparison.Ordinal);

        Assert.Equal(0, export.ExitCode);
        var cases = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, cases.Count);
        Assert.All(cases, c => Assert.Equal(["q", "kind", "who", "says", "top"], c.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(("what is the capital of peru", "answer", 0), (cases[0].GetProperty("q").GetString(), cases[0].GetProperty("kind").GetString(), cases[0].GetProperty("who").GetArrayLength()));
        Assert.Equal(("who proposed neutrality", "answer"), (cases[1].GetProperty("q").GetString(), cases[1].GetProperty("kind").GetString()));
        Assert.Equal(1, cases[1].GetProperty("who").GetArrayLength());
        var says = cases[1].GetProperty("says")[0].GetString()!;
        Assert.Contains(says, string.Join('\n', Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "articles")).Select(File.ReadAllText)).Replace("\\\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(cases[1].GetProperty("top").GetBoolean());
    }

    /// <summary>With <c>Redis:Configuration</c> set the verb reports the store the instances share: votes a process
    /// kept in its file are merged into Redis, and a process with a file of its own reports them from there.</summary>
    [Fact]
    public async Task Feedback_WithRedis_ReportsTheSharedVotes()
    {
        await using var redis = await TalksBot.TestKit.RedisServer.SharedOrOwnAsync();
        var prefix = "talksbot-cli-test-" + Guid.NewGuid().ToString("N") + ":";
        string[] shared = ["--Redis:Configuration=" + redis.Endpoint, "--Redis:KeyPrefix=" + prefix];
        await BotProcess.RunWithInputAsync("who proposed neutrality\ngood\nwhat is the capital of peru\nbad\nbad 3\n", null, "chat", FileSetting);

        var merged = await BotProcess.RunAsync(["feedback", FileSetting, .. shared]);
        var elsewhere = await BotProcess.RunAsync(["feedback", "--Feedback:Path=" + Path.Combine(_folder, "other.jsonl"), .. shared]);

        Assert.Equal(0, merged.ExitCode);
        Assert.Contains($"Feedback in Redis ({prefix}feedback:votes): 2 vote(s), 1 👍 and 1 👎", merged.Output, StringComparison.Ordinal);
        Assert.Equal(0, elsewhere.ExitCode);
        Assert.Contains($"Feedback in Redis ({prefix}feedback:votes): 2 vote(s), 1 👍 and 1 👎", elsewhere.Output, StringComparison.Ordinal);
        Assert.Contains("what is the capital of peru (should have answered 1)", elsewhere.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "other.jsonl")));
    }

    [Fact]
    public async Task Feedback_WithNoVotesYet_SaysSo()
    {
        var report = await BotProcess.RunAsync("feedback", FileSetting);

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("0 vote(s)", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_UnknownArgument_IsAUsageError()
    {
        Assert.Equal(2, (await BotProcess.RunAsync("feedback", "--worst", FileSetting)).ExitCode);
    }
}
