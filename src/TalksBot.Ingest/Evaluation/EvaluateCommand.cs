using System.Globalization;
using TalksBot.Ingest.Corpus;
using TalksBot.Ingest.Input;

namespace TalksBot.Ingest.Evaluation;

/// <summary><c>ingest --eval &lt;folder&gt; [--details]</c>: measures extraction on a labelled corpus and prints
/// the scores file by file and in total; with <c>--details</c> also every missed, extra or misattributed quote.</summary>
internal static class EvaluateCommand
{
    public const string Usage = "usage: ingest --eval <labelled-folder> [--details]";

    public static bool Wants(IReadOnlyList<string> args) => args.Contains("--eval", StringComparer.Ordinal);

    public static int Run(IReadOnlyList<string> args, string dataDirectory, TextWriter output, TextWriter error)
    {
        var folder = args.SkipWhile(a => a != "--eval").Skip(1).FirstOrDefault();
        var unknown = args.Where(a => a is not ("--eval" or "--details") && a != folder).ToList();
        if (folder is null || folder.StartsWith("--", StringComparison.Ordinal) || unknown.Count > 0)
        {
            error.WriteLine(unknown.Count > 0 ? $"ingest: unexpected {unknown[0]} with --eval" : "ingest: --eval needs the labelled corpus folder");
            error.WriteLine(Usage);
            return IngestCommand.UsageError;
        }

        try
        {
            var vocabulary = CorpusReader.ReadVocabulary(dataDirectory);
            var existing = CorpusReader.ReadArticles(dataDirectory, vocabulary, reason => error.WriteLine($"ingest: warning: {reason}"));
            var report = ExtractionEvaluation.Run(LabelledCorpusReader.Read(folder), vocabulary, existing, TimeProvider.System);
            Print(report, args.Contains("--details", StringComparer.Ordinal), output);
            return IngestCommand.Success;
        }
        catch (IngestRefusedException e)
        {
            error.WriteLine($"ingest: refused: {e.Message}");
            return IngestCommand.Refused;
        }
    }

    private static void Print(EvaluationReport report, bool details, TextWriter output)
    {
        output.WriteLine(ArticleScore.Header);
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var row in report.Articles.Append(report.Total))
        {
            output.WriteLine(row.Row);
        }

        output.WriteLine();
        output.WriteLine(report.Total.Summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest time (second, warm pass) {report.IngestTime.TotalMilliseconds:0.0} ms for {report.Words:N0} words ({report.MillisecondsPerThousandWords:0.00} ms per 1,000 words)"));
        if (details)
        {
            output.WriteLine();
            foreach (var line in report.Details)
            {
                output.WriteLine(line);
            }
        }
    }
}
