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
    public static IReadOnlyList<FeedbackReason> All { get; } = Enum.GetValues<FeedbackReason>();

    public static string Label(FeedbackReason reason) => reason switch
    {
        FeedbackReason.WrongQuote => "Wrong quote",
        FeedbackReason.WrongPerson => "Wrong person",
        FeedbackReason.ShouldHaveAnswered => "Should have answered",
        FeedbackReason.ShouldNotHaveAnswered => "Should not have answered",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Code(FeedbackReason reason) => reason switch
    {
        FeedbackReason.WrongQuote => "wrong_quote",
        FeedbackReason.WrongPerson => "wrong_person",
        FeedbackReason.ShouldHaveAnswered => "should_have_answered",
        FeedbackReason.ShouldNotHaveAnswered => "should_not_have_answered",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static FeedbackReason? FromCode(string? code) => All.Select(r => (FeedbackReason?)r).FirstOrDefault(r => Code(r!.Value) == code);
}
