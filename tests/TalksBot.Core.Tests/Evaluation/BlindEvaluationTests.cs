using System.Globalization;
using System.Text.Json;
using TalksBot.TestKit;
using Xunit.Abstractions;

namespace TalksBot.Core.Tests.Evaluation;

/// <summary>A blind evaluation set: questions written from the article alone, in the way people type
/// them in chat, without looking at the engine or its other tests. The score is reported in the test
/// output; the assertion is only a floor.</summary>
public sealed class BlindEvaluationTests(ITestOutputHelper output)
{
    private const double OverallFloor = 0.80;

    private static readonly string QuestionsPath = Path.Combine(
        RepositoryPaths.Root, "tests", "TalksBot.Core.Tests", "Evaluation", "blind-questions.jsonl");

    [Fact]
    public void BlindEvaluation_EveryQuestion_ScoresAboveTheFloorWithVerbatimCitations()
    {
        var questions = File.ReadLines(QuestionsPath)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.BlindQuestion)!)
            .ToList();
        var engine = TestCore.CreateEngine();

        var outcomes = questions.Select(q => new BlindOutcome(q, engine.Ask(q.Question))).ToList();

        var overall = Report(outcomes);
        var notVerbatim = outcomes
            .SelectMany(o => o.Answer.Citations.Select(c => (o.Question.Question, Citation: c)))
            .Where(x => ArticleText.Paragraph(x.Citation.Source.ArticleId, x.Citation.Paragraph) is not { } text
                || !text.Contains(x.Citation.Quote, StringComparison.Ordinal))
            .Select(x => $"{x.Question} -> \u00b6{x.Citation.Paragraph}: {x.Citation.Quote}")
            .ToList();
        Assert.Empty(notVerbatim);
        Assert.True(overall >= OverallFloor, $"overall accuracy {overall:P1} is below the floor of {OverallFloor:P0}");
    }

    private double Report(IReadOnlyList<BlindOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Answerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Question.Answerable).ToList();

        output.WriteLine("| set | correct | total | accuracy |");
        output.WriteLine("|---|---:|---:|---:|");
        var overall = Row("overall", outcomes);
        Row("answerable", answerable);
        Row("abstention", unanswerable);

        var misses = outcomes.Where(o => !o.Correct).ToList();
        output.WriteLine("");
        output.WriteLine($"Misses ({misses.Count}):");
        output.WriteLine("| question | expected | engine returned |");
        output.WriteLine("|---|---|---|");
        foreach (var miss in misses)
        {
            output.WriteLine($"| {miss.Question.Question} | {miss.Expected} | {miss.Returned} |");
        }

        return overall;
    }

    private double Row(string name, IReadOnlyList<BlindOutcome> outcomes)
    {
        var correct = outcomes.Count(o => o.Correct);
        var accuracy = outcomes.Count == 0 ? 0 : (double)correct / outcomes.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {correct} | {outcomes.Count} | {accuracy:0.000} |"));
        return accuracy;
    }
}
