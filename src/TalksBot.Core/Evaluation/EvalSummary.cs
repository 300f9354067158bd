using System.Globalization;

namespace TalksBot.Core.Evaluation;

/// <summary>The figures of one evaluation run: answered right, declined right, verbatim.</summary>
public sealed record EvalSummary(int Answerable, int AnsweredRight, int Declinable, int DeclinedRight, int Replies, int VerbatimReplies)
{
    public static EvalSummary Of(IReadOnlyCollection<EvalOutcome> outcomes) => new(
        outcomes.Count(o => o.Question.ShouldAnswer),
        outcomes.Count(o => o.Question.ShouldAnswer && o.Right),
        outcomes.Count(o => !o.Question.ShouldAnswer),
        outcomes.Count(o => !o.Question.ShouldAnswer && o.Right),
        outcomes.Count,
        outcomes.Count(o => o.Verbatim));

    public double AnsweredShare => Share(AnsweredRight, Answerable);

    public double DeclinedShare => Share(DeclinedRight, Declinable);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"answered right {AnsweredRight}/{Answerable} ({AnsweredShare:P1}), declined right {DeclinedRight}/{Declinable} ({DeclinedShare:P1}), verbatim {VerbatimReplies}/{Replies}");

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
