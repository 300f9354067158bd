namespace TalksBot.Core.Tests.Questions;

/// <summary>Where and when the talks happened, whether they made progress, and how they were described.</summary>
public sealed class TalksQuestionTests
{
    private const string Publisher = "The Daily Wire";

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "where were the talks held?", Publisher, "Istanbul|Turkey" },
        { "what city did the delegations meet in", Publisher, "Istanbul" },
        { "which country hosted the peace talks", Publisher, "Turkey|Istanbul" },
        { "when did the talks take place", Publisher, "Tuesday" },
        { "what day did they meet", Publisher, "Tuesday" },
        { "how far into the invasion were these talks", Publisher, "more than a month into" },
        { "were the talks face to face or on video", Publisher, "face-to-face" },
        { "did the talks make any progress", Publisher, "made some progress" },
        { "how did both sides describe the negotiations", Publisher, "both sides called the negotiations" },
        // The article's summary and both negotiators' own words all answer this.
        { "were the negotiations constructive", "The Daily Wire|Vladimir Medinsky|Mykhailo Podolyak", "constructive" },
        { "did anyone say the talks were hard", "Mykhailo Podolyak", "difficult" },
        { "did the ukrainians think the russian delegation was constructive", "Mykhailo Podolyak", "The Russian delegation is constructive" },
        { "were the signals from the talks positive", "Volodymyr Zelensky", "signals we are receiving from the talks are positive" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TalksQuestion_CitesTheRightSpeakerFirst(string question, string speaker, string phrase) =>
        AnswerAssert.Answered(question, speaker, phrase);
}
