using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Reads the command word of a message (ask, help, speakers, quotes, sources, more; ask
/// when there is none) and turns the outcome into a <see cref="Reply"/>, a page of citations at a time.</summary>
public sealed class CommandRouter(
    IQueryEngine engine,
    IKnowledgeSource knowledge,
    FollowUpStore followUps,
    IOptions<ChatOptions> options,
    ILogger<CommandRouter> logger) : ICommandRouter
{
    private readonly ChatOptions _options = options.Value;

    public ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var text = InputSanitizer.Clean(message.Text);
        var (command, argument) = SplitCommand(text);
        var reply = command switch
        {
            _ when text.Length == 0 => ReplyTexts.Empty(knowledge.Current),
            _ when text.Length > _options.MaxQuestionLength => ReplyTexts.TooLong(text.Length, _options.MaxQuestionLength),
            "help" when argument.Length == 0 => ReplyTexts.Help(knowledge.Current),
            "speakers" when argument.Length == 0 => ReplyTexts.Speakers(knowledge.Current),
            "sources" when argument.Length == 0 => ReplyTexts.Sources(knowledge.Current),
            "quotes" when argument.Length == 0 => ReplyTexts.QuotesWithoutPerson(knowledge.Current),
            "quotes" => FromAnswer(engine.QuotesOf(argument)),
            "more" when IsFollowUp(argument) => More(argument),
            "ask" when argument.Length == 0 => ReplyTexts.Empty(knowledge.Current),
            "ask" => FromAnswer(engine.Ask(argument)),
            _ => FromAnswer(engine.Ask(text)),
        };
        Log.Routed(logger, message.Surface, command ?? "ask", reply.Kind);
        return ValueTask.FromResult(reply);
    }

    private static (string? Command, string Argument) SplitCommand(string text)
    {
        var space = text.IndexOf(' ');
        var first = (space < 0 ? text : text[..space]).TrimStart('/', '!').ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return first is "ask" or "help" or "speakers" or "sources" or "quotes" or "more" ? (first, rest) : (null, text);
    }

    private Reply FromAnswer(Answer answer)
    {
        if (!answer.Answered)
        {
            return new Reply(ReplyKind.NoAnswer, answer.Text) { Suggestions = answer.Suggestions };
        }

        var more = answer.Citations.Count > _options.PageSize ? followUps.Add(answer) : null;
        return Page(answer, answer.Text, 0, more);
    }

    /// <summary>"more k3f9x2mz7q 3" from a button, as opposed to a question that starts with "more".</summary>
    private static bool IsFollowUp(string argument)
    {
        var parts = argument.Split(' ');
        return parts.Length == 2 && FollowUpStore.IsKey(parts[0]) && int.TryParse(parts[1], out _);
    }

    private Reply More(string argument)
    {
        var parts = argument.Split(' ');
        var answer = followUps.Find(parts[0]);
        var offset = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        if (answer is null || offset <= 0 || offset >= answer.Citations.Count)
        {
            return ReplyTexts.FollowUpExpired();
        }

        var last = Math.Min(offset + _options.PageSize, answer.Citations.Count);
        var text = $"More quotes ({offset + 1}–{last} of {answer.Citations.Count}).";
        return Page(answer, text, offset, parts[0]);
    }

    private Reply Page(Answer answer, string text, int offset, string? key)
    {
        var next = offset + _options.PageSize;
        return new Reply(ReplyKind.Answer, text)
        {
            Citations = [.. answer.Citations.Skip(offset).Take(_options.PageSize)],
            FirstCitationNumber = offset + 1,
            TotalCitations = answer.Citations.Count,
            More = key is not null && next < answer.Citations.Count ? new FollowUp("More quotes", $"more {key} {next}") : null,
        };
    }
}
