using TalksBot.Core.Query;

namespace TalksBot.Core.Tests.Evaluation;

/// <summary>How the engine did on one blind question.</summary>
internal sealed record BlindOutcome(BlindQuestion Question, Answer Answer)
{
    public bool Correct => Question.Answerable ? IsExpectedAnswer() : !Answer.Answered && Answer.Citations.Count == 0;

    public string Expected => Question.Answerable
        ? $"{string.Join(" / ", Question.Speakers ?? [])} ~ \"{Question.Phrase}\""
        : "abstain";

    public string Returned
    {
        get
        {
            if (Answer.Citations.Count == 0)
            {
                return $"{(Answer.Answered ? "answered" : "abstained")}, no citation: {Shorten(Answer.Text)}";
            }

            var first = Answer.Citations[0];
            return $"{(Answer.Answered ? "answered" : "abstained")}, first of {Answer.Citations.Count}: {first.Speaker}: \"{Shorten(first.Quote)}\"";
        }
    }

    private bool IsExpectedAnswer()
    {
        if (!Answer.Answered || Answer.Citations.Count == 0)
        {
            return false;
        }

        var first = Answer.Citations[0];
        return (Question.Speakers ?? []).Contains(first.Speaker, StringComparer.Ordinal)
            && Question.Phrases.Any(p => first.Quote.Contains(p, StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 110 ? text : text[..107] + "...";
}
