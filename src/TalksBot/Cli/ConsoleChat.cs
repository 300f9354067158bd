using TalksBot.Core.Chat;

namespace TalksBot.Cli;

/// <summary>The console chat: a prompt when a person is typing, plain lines in and answers out when
/// standard input is a pipe. "more" pages the last answer; "good" / "bad" rate it; "quit", "exit" or
/// end of input ends it. The session is one conversation: a follow-up is read against its last answers.</summary>
internal sealed class ConsoleChat(ICommandRouter router, ConsoleFeedback feedback, TextReader input, TextWriter output, bool interactive)
{
    private readonly string _conversationId = "console:" + Guid.NewGuid().ToString("N");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (interactive)
        {
            await output.WriteLineAsync("TalksBot — ask about the news coverage it holds (“sources” lists it). Type “help” for commands, “quit” to leave.");
        }

        string? more = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().ToLowerInvariant() is "quit" or "exit" or "/quit" or "/exit")
            {
                break;
            }

            if (await feedback.TryRateAsync(line, cancellationToken) is { } rated)
            {
                await output.WriteLineAsync(rated);
                continue;
            }

            var wantsMore = line.Trim().Equals("more", StringComparison.OrdinalIgnoreCase);
            if (wantsMore && more is null)
            {
                await output.WriteLineAsync("There are no more quotes for the last answer.");
                continue;
            }

            var text = wantsMore ? more! : line;
            var reply = await router.RouteAsync(new ChatMessage(text, "console", ConversationId: _conversationId), cancellationToken);
            more = reply.More?.Command ?? (reply.Kind == ReplyKind.Answer ? null : more);
            feedback.Answered(reply.Rating);
            await output.WriteLineAsync(TextRenderer.Render(reply) + (interactive && reply.Rating is not null ? ConsoleFeedback.Hint : ""));
            await output.FlushAsync(cancellationToken);
        }
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var read = input.ReadLineAsync(cancellationToken).AsTask();
        var finished = await Task.WhenAny(read, Task.Delay(Timeout.Infinite, cancellationToken));
        return finished == read ? await read : null;
    }
}
