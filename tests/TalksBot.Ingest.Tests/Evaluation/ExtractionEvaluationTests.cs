using TalksBot.Ingest.Evaluation;

namespace TalksBot.Ingest.Tests.Evaluation;

/// <summary>The measurement itself, on a small invented labelled folder in the real corpus's layout.</summary>
public sealed class ExtractionEvaluationTests : IDisposable
{
    private const string Article =
        "URL: https://courier.example/dam-talks\nPUBLISHER: Northern Courier\nDATE: 2022-04-12\n\n"
        + "Dam talks resume in Geneva\n\n"
        + "“We are closer than we were a week ago,” said Grace Okafor, the mediator.\n\n"
        + "Deputy Minister Ivo Halm said the gauges “will stay under joint control.”\n\n"
        + "Okafor added: “Nobody should expect miracles.”";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talksbot-eval-" + Guid.NewGuid().ToString("N"));

    public ExtractionEvaluationTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "01-courier-dam-talks.txt"), Article);
        File.WriteAllLines(Path.Combine(_folder, LabelledCorpusReader.LabelsFile),
        [
            """{"article": "01-courier-dam-talks.txt", "quote": "We are closer than we were a week ago", "speaker": "Grace Okafor", "role": "mediator", "via": null}""",
            """{"article": "01-courier-dam-talks.txt", "quote": "will stay under joint control.", "speaker": "Ivo Halm", "role": "Deputy Minister", "via": null}""",
            """{"article": "01-courier-dam-talks.txt", "quote": "Nobody should expect miracles.", "speaker": "Grace Okafor", "role": "mediator", "via": "OSTA"}""",
            """{"article": "01-courier-dam-talks.txt", "quote": "a quotation the text does not hold at all", "speaker": "Pieter Vos", "role": null, "via": null}""",
        ]);
    }

    [Fact]
    public void Read_LabelledFolder_TakesPublisherDateAndUrlFromTheHeaderAndKeepsTheBody()
    {
        var article = Assert.Single(LabelledCorpusReader.Read(_folder));

        Assert.Equal("Northern Courier", article.Options.Publisher);
        Assert.Equal(new DateOnly(2022, 4, 12), article.Options.Date);
        Assert.Equal(new Uri("https://courier.example/dam-talks"), article.Options.Url);
        Assert.StartsWith("Dam talks resume in Geneva\n\n", article.Body, StringComparison.Ordinal);
        Assert.Equal(4, article.Labels.Count);
    }

    [Fact]
    public void Run_LabelledFolder_ScoresEveryMetricAgainstTheLabels()
    {
        var report = ExtractionEvaluation.Run(LabelledCorpusReader.Read(_folder), Fixtures.Vocabulary, [], TimeProvider.System);

        var total = report.Total;
        Assert.Equal((4, 3, 3, 3), (total.Labels, total.Extracted, total.Found, total.Correct));
        Assert.Equal(3, total.Speakers);
        Assert.Equal(3, total.Roles);
        Assert.Equal(2, total.Outlets);
        Assert.Contains(report.Details, d => d.Contains("missed \"a quotation the text does not hold at all\"", StringComparison.Ordinal));
        Assert.Contains(report.Details, d => d.Contains("labelled Grace Okafor [mediator] via OSTA", StringComparison.Ordinal));
    }

    [Fact]
    public void IngestEval_Folder_PrintsTheTableAndTotals()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = IngestCommand.Run(["--eval", _folder], TestKit.RepositoryPaths.Data, output, error);

        Assert.Equal(IngestCommand.Success, code);
        Assert.Contains("| 01-courier-dam-talks.txt | 4 | 3 | 3/4 | 3/3 | 3 | 3 | 2 |", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("quote recall 0.75 (3/4), precision 1.00 (3/3), speaker 0.75 (3/4), role 0.75 (3/4), outlet 0.50 (2/4)", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--eval" }, "needs the labelled corpus folder")]
    [InlineData(new[] { "--eval", "x", "--force" }, "unexpected --force")]
    public void IngestEval_BadArguments_ExitsTwoWithUsage(string[] args, string message)
    {
        var error = new StringWriter();

        var code = IngestCommand.Run(args, TestKit.RepositoryPaths.Data, new StringWriter(), error);

        Assert.Equal(IngestCommand.UsageError, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IngestEval_FolderWithoutLabels_IsRefused()
    {
        var error = new StringWriter();

        var code = IngestCommand.Run(["--eval", Path.Combine(_folder, "missing")], TestKit.RepositoryPaths.Data, new StringWriter(), error);

        Assert.Equal(IngestCommand.Refused, code);
        Assert.Contains("labels.jsonl", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
