using System.Text.Json;

namespace TalksBot.Core.Evaluation;

/// <summary>Reads a question set in JSON Lines. Extra fields (a writer's style tag, the article a
/// question is about) are ignored; a line that is not a question is refused with its number.</summary>
public static class QuestionSet
{
    public static List<EvalQuestion> Read(TextReader reader)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            EvalQuestion? question;
            try
            {
                question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion);
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {number}: {e.Message}", e);
            }

            if (question is null || string.IsNullOrWhiteSpace(question.Question) || question.Kind is not ("answer" or "abstain"))
            {
                throw new FormatException($"line {number}: needs \"q\" and \"kind\" (\"answer\" or \"abstain\")");
            }

            questions.Add(question);
        }

        return questions;
    }
}
