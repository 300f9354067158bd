using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Core.Conversation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Chat;

/// <summary>Reads the command word of a message (ask, help, speakers, quotes, sources, more; ask
/// when there is none) and turns the outcome into a <see cref="Reply"/>, a page of citations at a time.
/// A question in a conversation is first read against its last turns (<see cref="FollowUpResolver"/>).</summary>
public sealed class CommandRouter(
    IQueryEngine engine,
    IKnowledgeSource knowledge,
    FollowUpStore followUps,
    ConversationStore conversations,
    FollowUpResolver resolver,
    IOptions<ChatOptions> options,
    ILogger<CommandRouter> logger) : ICommandRouter
{
    private readonly ChatOptions _options = options.Value;

    public ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var text = InputSanitizer.Clean(message.Text);
        var (command, argument) = SplitCommand(text);
        var history = HistoryOf(message);
        var lastMore = history.Count > 0 ? history[^1].MoreCommand : null;
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
            _ when lastMore is not null && FollowUpResolver.AsksForMore(text) => More(lastMore["more ".Length..]),
            "ask" when argument.Length == 0 => ReplyTexts.Empty(knowledge.Current),
            "ask" => Ask(message, argument, history),
            _ => Ask(message, text, history),
        };
        if (message.ConversationId is { } id && reply.Kind == ReplyKind.Answer && reply.FirstCitationNumber > 1 && history.Count > 0)
        {
            conversations.ReplaceLast(id, history[^1] with { Shown = [.. history[^1].Shown, .. reply.Citations], MoreCommand = reply.More?.Command });
        }

        Log.Routed(logger, message.Surface, command ?? "ask", reply.Kind);
        return ValueTask.FromResult(reply);
    }

    private IReadOnlyList<ConversationTurn> HistoryOf(ChatMessage message)
    {
        if (message.ConversationId is not { } id)
        {
            return [];
        }

        if (message.StartsConversation)
        {
            conversations.Forget(id);
        }

        return conversations.History(id);
    }

    /// <summary>Asks the question made standalone against the conversation, then remembers the turn. A
    /// message that names its own speaker ("and Podolyak?") and took the topic from the conversation gets
    /// that speaker's statements when they said nothing on the topic (the conversation stays on the topic). A
    /// question the coverage cannot answer alone ("how long?") is tried once more about the last topic.</summary>
    private Reply Ask(ChatMessage message, string question, IReadOnlyList<ConversationTurn> history)
    {
        var resolved = history.Count > 0 ? resolver.Resolve(question, history) : ResolvedQuestion.Standalone(question);
        if (resolved.InContext)
        {
            Log.FollowUpResolved(logger, message.Surface, resolved.Question);
        }

        var answer = resolved.Continuation == ContinuationKind.Same && Continuation.Same(history) is { } same ? same : engine.Ask(resolved.Question);
        if (resolved is { InContext: true, OwnSpeaker: { } speaker }
            && !string.Equals(answer.Citations.FirstOrDefault()?.Speaker, speaker, StringComparison.OrdinalIgnoreCase)
            && engine.QuotesOf(speaker) is { Answered: true } quotes)
        {
            answer = quotes;
        }

        if (!resolved.InContext && !answer.Answered && resolver.Widen(question, history) is { } widened
            && engine.Ask(widened) is { Answered: true } wider)
        {
            (resolved, answer) = (new ResolvedQuestion(widened, true, ContinuationKind.None), wider);
        }

        answer = Continuation.Apply(answer, resolved.Continuation, history, knowledge.Current);
        var reply = FromAnswer(answer);
        if (message.ConversationId is { } id)
        {
            conversations.Add(id, resolver.TurnOf(resolved.Question, reply.Citations, reply.More?.Command));
        }

        return reply;
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
