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

            questions.Add(Parse(line, number));
        }

        return questions;
    }

    internal static EvalQuestion Parse(string line, int number)
    {
        var question = Deserialize(line, number, EvalJsonContext.Default.EvalQuestion);
        if (question is null || string.IsNullOrWhiteSpace(question.Question) || question.Kind is not ("answer" or "abstain"))
        {
            throw new FormatException($"line {number}: needs \"q\" and \"kind\" (\"answer\" or \"abstain\")");
        }

        return question;
    }

    internal static T? Deserialize<T>(string line, int number, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(line, type);
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {number}: {e.Message}", e);
        }
    }
}
