using System.Text.Json;
using TalksBot.Core.Evaluation;
using TalksBot.Core.Feedback;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Feedback;

public sealed class FeedbackReportTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Report_CountsPerUtcDay_AndPutsTheMostDownvotedQuestionFirst()
    {
        FeedbackVote[] votes =
        [
            Vote("a1", "u1", Core.Feedback.Vote.Up, "who proposed neutrality", Monday),
            Vote("a1", "u2", Core.Feedback.Vote.Down, "Who proposed neutrality?", Monday.AddHours(1), FeedbackReason.WrongQuote),
            Vote("a2", "u1", Core.Feedback.Vote.Down, "what is the capital of peru", Monday.AddHours(2), FeedbackReason.ShouldHaveAnswered),
            Vote("a3", "u3", Core.Feedback.Vote.Down, "what is the capital of peru", Monday.AddHours(3)),
            Vote("a4", "u1", Core.Feedback.Vote.Up, null, Monday.AddHours(4)),
        ];

        var report = FeedbackReport.Build(votes);

        Assert.Equal((2, 3), (report.Up, report.Down));
        Assert.Equal([new DayCount(new DateOnly(2026, 12, 7), 1, 0), new DayCount(new DateOnly(2026, 12, 8), 1, 3)], report.Days);
        Assert.Equal(["what is the capital of peru", "who proposed neutrality"], report.Questions.Select(q => q.Question));
        Assert.Equal((0, 2), (report.Questions[0].Up, report.Questions[0].Down));
        Assert.Equal([(FeedbackReason.ShouldHaveAnswered, 1)], report.Questions[0].Reasons);
        Assert.Equal((1, 1), (report.Questions[1].Up, report.Questions[1].Down));
    }

    [Fact]
    public void Export_MostlyDown_DevelopmentCase_MostlyUp_RegressionCaseFromTheData()
    {
        var statement = TestCore.Knowledge.Articles[0].Statements.First(s => s.Kind == Knowledge.StatementKind.DirectQuote);
        var id = TestCore.Knowledge.Articles[0].Id + "/" + statement.Id;
        FeedbackVote[] votes =
        [
            Vote("a1", "u1", Core.Feedback.Vote.Down, "should it abstain", Monday, FeedbackReason.ShouldNotHaveAnswered),
            Vote("a2", "u1", Core.Feedback.Vote.Up, "rated good", Monday, statements: [id]),
            Vote("a3", "u1", Core.Feedback.Vote.Up, "declined well", Monday, answered: false),
            Vote("a4", "u1", Core.Feedback.Vote.Down, "wrong one", Monday, FeedbackReason.WrongPerson),
        ];

        var exported = FeedbackExport.Lines(FeedbackReport.Build(votes), TestCore.Knowledge).ToList();
        var lines = exported.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(l => l.GetProperty("q").GetString()!);

        Assert.Equal(4, QuestionSet.Read(new StringReader(string.Join('\n', exported))).Count);
        Assert.Equal("abstain", lines["should it abstain"].GetProperty("kind").GetString());
        Assert.Equal("answer", lines["wrong one"].GetProperty("kind").GetString());
        Assert.Equal(0, lines["wrong one"].GetProperty("who").GetArrayLength());
        Assert.Equal("abstain", lines["declined well"].GetProperty("kind").GetString());
        var good = lines["rated good"];
        Assert.Equal("answer", good.GetProperty("kind").GetString());
        Assert.Equal(statement.Quote, good.GetProperty("says")[0].GetString());
        Assert.Single(good.GetProperty("who").EnumerateArray());
        Assert.True(good.GetProperty("top").GetBoolean());
    }

    [Fact]
    public void Reasons_CodesRoundTrip()
    {
        Assert.All(FeedbackReasons.All, r => Assert.Equal(r, FeedbackReasons.FromCode(FeedbackReasons.Code(r))));
        Assert.Null(FeedbackReasons.FromCode("other"));
    }

    private static FeedbackVote Vote(string answer, string user, Vote vote, string? question, DateTimeOffset time, FeedbackReason? reason = null, IReadOnlyList<string>? statements = null, bool answered = true) =>
        new(time, answer, user, vote, reason, question, answered, statements ?? [], "test");
}
