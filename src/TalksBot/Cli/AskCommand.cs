using TalksBot.Core.Chat;
using TalksBot.Core.Query;

namespace TalksBot.Cli;

/// <summary><c>ask "question"</c> prints one answer as text; <c>ask --json</c> answers each line
/// of standard input with one line of JSON, in order.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(CommandLine commandLine, ICommandRouter router, IQueryEngine engine, ChatOptions options, TextReader input, TextWriter output, TextWriter error)
    {
        if (commandLine.HasFlag("--json"))
        {
            return await JsonLinesAsync(engine, options.MaxQuestionLength, input, output);
        }

        var question = string.Join(' ', commandLine.Arguments);
        if (question.Trim().Length == 0)
        {
            await error.WriteLineAsync("usage: ask \"<question>\"   or   ask --json < questions.txt");
            return 2;
        }

        var reply = await router.RouteAsync(new ChatMessage(question, "cli"));
        await output.WriteAsync(TextRenderer.Render(reply));
        return 0;
    }

    private static async Task<int> JsonLinesAsync(IQueryEngine engine, int maxLength, TextReader input, TextWriter output)
    {
        while (await input.ReadLineAsync() is { } line)
        {
            var question = line.TrimEnd('\r');
            var answer = question.Length > maxLength
                ? new Answer(false, $"That question is {question.Length} characters long; please ask in fewer than {maxLength}.", [])
                : engine.Ask(question);
            await output.WriteLineAsync(JsonAnswerWriter.Write(question, answer));
            await output.FlushAsync();
        }

        return 0;
    }
}
