using Xunit.Abstractions;

namespace TalksBot.Ingest.Tests.Quality;

/// <summary>Quality is measured: ingest the seed article and four house-style fixtures and compare with
/// their labels (the curated data file for the seed, hand labels for the fixtures).</summary>
public sealed class QualityTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.95;
    private const double MinAttribution = 0.90;

    private static readonly string[] Files = ["wire-said.txt", "british-told.txt", "html-page.html", "interview.txt"];

    public static TheoryData<string> FixtureArticles => [.. Files];

    [Fact]
    public void Ingest_SeedArticle_MatchesCuratedQuotesAndSpeakers()
    {
        var score = SeedScore();

        output.WriteLine(score.Row);
        AssertMeetsBar(score);
    }

    [Theory]
    [MemberData(nameof(FixtureArticles))]
    public void Ingest_FixtureArticle_MatchesHandLabels(string file)
    {
        var score = FixtureScore(file);

        output.WriteLine(score.Row);
        AssertMeetsBar(score);
    }

    [Fact]
    public void Ingest_AllLabelledArticles_MeetBarTogether()
    {
        var scores = Files.Select(FixtureScore).Prepend(SeedScore()).ToList();
        var total = new QualityScore("all five", scores.Sum(s => s.Expected), scores.Sum(s => s.Found),
            scores.Sum(s => s.Recalled), scores.Sum(s => s.Correct), scores.Sum(s => s.Attributed));

        output.WriteLine(QualityScore.Header);
        foreach (var s in scores.Append(total))
        {
            output.WriteLine(s.Row);
        }

        AssertMeetsBar(total);
    }

    private static QualityScore SeedScore()
    {
        var ingested = Fixtures.Ingest(Fixtures.Seed);
        return QuoteMatcher.Score("seed (Daily Wire, curated file)", ingested.Article, Fixtures.CuratedSeedQuotes());
    }

    private static QualityScore FixtureScore(string file) =>
        QuoteMatcher.Score(file, Fixtures.IngestLabelled(file).Article, Fixtures.LabelsOf(file).Quotes);

    private static void AssertMeetsBar(QualityScore score)
    {
        Assert.True(score.Precision >= MinPrecision, $"{score.Article}: quote precision {score.Precision:0.00} < {MinPrecision}");
        Assert.True(score.Recall >= MinRecall, $"{score.Article}: quote recall {score.Recall:0.00} < {MinRecall}");
        Assert.True(score.Attribution >= MinAttribution, $"{score.Article}: speaker attribution {score.Attribution:0.00} < {MinAttribution}");
    }
}
