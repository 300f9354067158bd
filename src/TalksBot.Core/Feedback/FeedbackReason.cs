namespace TalksBot.Core.Feedback;

/// <summary>Why an answer got 👎, chosen from a short list after the click.</summary>
public enum FeedbackReason
{
    WrongQuote,
    WrongPerson,
    ShouldHaveAnswered,
    ShouldNotHaveAnswered,
}

/// <summary>The reasons as offered (label) and as stored (code).</summary>
public static class FeedbackReasons
{
    // In the order of FeedbackReason's values.
    private static readonly (string Code, string Label)[] Names =
    [
        ("wrong_quote", "Wrong quote"),
        ("wrong_person", "Wrong person"),
        ("should_have_answered", "Should have answered"),
        ("should_not_have_answered", "Should not have answered"),
    ];

    public static IReadOnlyList<FeedbackReason> All { get; } = Enum.GetValues<FeedbackReason>();

    public static string Label(FeedbackReason reason) => Names[(int)reason].Label;

    public static string Code(FeedbackReason reason) => Names[(int)reason].Code;

    public static FeedbackReason? FromCode(string? code) => Array.FindIndex(Names, n => n.Code == code) is var i and >= 0 ? (FeedbackReason)i : null;
}
