namespace TalksBot.Core.Evaluation;

/// <summary>A question set that may also hold conversations: each JSON line is a question
/// (<see cref="EvalQuestion"/>) or a conversation (<c>{"turns":[…]}</c>, <see cref="EvalConversation"/>).</summary>
public sealed record EvalSet(IReadOnlyList<EvalQuestion> Questions, IReadOnlyList<EvalConversation> Conversations)
{
    public static EvalSet Read(TextReader reader)
    {
        var questions = new List<EvalQuestion>();
        var conversations = new List<EvalConversation>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!line.Contains("\"turns\"", StringComparison.Ordinal))
            {
                questions.Add(QuestionSet.Parse(line, number));
                continue;
            }

            var conversation = QuestionSet.Deserialize(line, number, EvalJsonContext.Default.EvalConversation);
            if (conversation?.Turns is not { Count: > 0 } turns
                || turns.Any(t => string.IsNullOrWhiteSpace(t.Question) || t.Kind is not ("answer" or "abstain")))
            {
                throw new FormatException($"line {number}: a conversation needs \"turns\", each with \"q\" and \"kind\" (\"answer\" or \"abstain\")");
            }

            conversations.Add(conversation);
        }

        return new EvalSet(questions, conversations);
    }
}
