namespace TalksBot.Core.Tests.Questions;

/// <summary>Every question of every table, for the checks that hold whatever the question.</summary>
public static class QuestionBook
{
    /// <summary>The rows (question, expected speaker, expected phrase) of every answerable table.</summary>
    public static IEnumerable<object[]> AnswerableRows =>
        new IEnumerable<object[]>[]
        {
            WhoQuestionTests.Cases,
            SayQuestionTests.Cases,
            ProposalQuestionTests.Cases,
            FrontlineQuestionTests.Cases,
            TalksQuestionTests.Cases,
            PhrasingQuestionTests.Cases,
            DisputedQuestionTests.Cases,
        }.SelectMany(rows => rows);

    public static IEnumerable<string> Answerable => FirstColumn(AnswerableRows);

    public static IEnumerable<string> All =>
        Answerable
            .Concat(FirstColumn(SayQuestionTests.OutletCases))
            .Concat(FirstColumn(AbstentionQuestionTests.Cases))
            .Concat(FirstColumn(MentionQuestionTests.Cases))
            .Distinct(StringComparer.Ordinal);

    public static TheoryData<string> AllQuestions => [.. All];

    /// <summary>The answerable and the unanswerable questions, without the mention probes.</summary>
    public static TheoryData<string> PlainQuestions =>
        [.. Answerable.Concat(FirstColumn(AbstentionQuestionTests.Cases)).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> FirstColumn(IEnumerable<object[]> rows) => rows.Select(row => (string)row[0]);
}
