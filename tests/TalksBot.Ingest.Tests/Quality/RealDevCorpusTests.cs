using TalksBot.Ingest.Corpus;
using TalksBot.Ingest.Evaluation;
using TalksBot.TestKit;
using Xunit.Abstractions;

namespace TalksBot.Ingest.Tests.Quality;

/// <summary>Extraction measured on the real development corpus, which sits beside the repository
/// (<c>../shared/corpus/real-dev</c>, in a CI clone too) and is never copied into it. The floors are the
/// figures reached; a change that lowers one fails here. Skipped, saying so, where the corpus is absent.</summary>
public sealed class RealDevCorpusTests(ITestOutputHelper output)
{
    private const double MinRecall = 1.0;
    private const double MinPrecision = 1.0;
    private const double MinSpeaker = 1.0;
    private const double MinRole = 1.0;
    private const double MinOutlet = 1.0;

    private static readonly string Folder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus", "real-dev"));

    [SkippableFact]
    public void Eval_RealDevCorpus_StaysAtOrAboveReachedFigures()
    {
        Skip.IfNot(File.Exists(Path.Combine(Folder, LabelledCorpusReader.LabelsFile)),
            $"the real development corpus is not at {Folder} (it lives beside the repository, in shared/corpus/real-dev)");

        var report = ExtractionEvaluation.Run(LabelledCorpusReader.Read(Folder), Fixtures.Vocabulary,
            CorpusReader.ReadArticles(RepositoryPaths.Data, Fixtures.Vocabulary, _ => { }), TimeProvider.System);

        output.WriteLine(ArticleScore.Header);
        foreach (var row in report.Articles.Append(report.Total))
        {
            output.WriteLine(row.Row);
        }

        var total = report.Total;
        output.WriteLine(total.Summary);
        Assert.All(report.Articles, a => Assert.Null(a.Refusal));
        Assert.True(total.Recall >= MinRecall, $"quote recall {total.Recall:0.000} < {MinRecall}");
        Assert.True(total.Precision >= MinPrecision, $"quote precision {total.Precision:0.000} < {MinPrecision}");
        Assert.True(total.SpeakerAccuracy >= MinSpeaker, $"speaker accuracy {total.SpeakerAccuracy:0.000} < {MinSpeaker}");
        Assert.True(total.RoleAccuracy >= MinRole, $"role accuracy {total.RoleAccuracy:0.000} < {MinRole}");
        Assert.True(total.OutletAccuracy >= MinOutlet, $"outlet accuracy {total.OutletAccuracy:0.000} < {MinOutlet}");
    }
}
