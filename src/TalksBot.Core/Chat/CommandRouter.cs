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
    IFollowUpStore followUps,
    IConversationStore conversations,
    FollowUpResolver resolver,
    IOptions<ChatOptions> options,
    ILogger<CommandRouter> logger) : ICommandRouter
{
    private readonly ChatOptions _options = options.Value;

    public async ValueTask<Reply> RouteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var text = InputSanitizer.Clean(message.Text);
        var (command, argument) = SplitCommand(text);
        var history = await HistoryOfAsync(message, cancellationToken);
        var lastMore = history.Count > 0 ? history[^1].MoreCommand : null;
        var reply = command switch
        {
            _ when text.Length == 0 => ReplyTexts.Empty(knowledge.Current),
            _ when text.Length > _options.MaxQuestionLength => ReplyTexts.TooLong(text.Length, _options.MaxQuestionLength),
            "help" when argument.Length == 0 => ReplyTexts.Help(knowledge.Current),
            "speakers" when argument.Length == 0 => ReplyTexts.Speakers(knowledge.Current),
            "sources" when argument.Length == 0 => ReplyTexts.Sources(knowledge.Current),
            "quotes" when argument.Length == 0 => ReplyTexts.QuotesWithoutPerson(knowledge.Current),
            "quotes" => await FromAnswerAsync(engine.QuotesOf(argument), cancellationToken),
            "more" when IsFollowUp(argument) => await MoreAsync(argument, cancellationToken),
            _ when lastMore is not null && FollowUpShape.AsksForMore(text, history[^1].Shown.FirstOrDefault()?.Speaker) => await MoreAsync(lastMore["more ".Length..], cancellationToken),
            null when Text.CoverageRequest.AsksWhatIsHeld(text) => ReplyTexts.Sources(knowledge.Current),
            null when Text.CoverageRequest.AsksForTheAuthor(text) => ReplyTexts.NoAuthor(knowledge.Current),
            "ask" when argument.Length == 0 => ReplyTexts.Empty(knowledge.Current),
            "ask" => await AskAsync(message, argument, history, cancellationToken),
            _ => await AskAsync(message, text, history, cancellationToken),
        };
        if (message.ConversationId is { } id && reply.Kind == ReplyKind.Answer && reply.FirstCitationNumber > 1 && history.Count > 0)
        {
            // The page just shown first: "which outlet was that?", "why?" after "more" are about it.
            await conversations.ReplaceLastAsync(id, history[^1] with { Shown = [.. reply.Citations, .. history[^1].Shown], MoreCommand = reply.More?.Command }, cancellationToken);
        }

        Log.Routed(logger, message.Surface, command ?? "ask", reply.Kind);
        return reply;
    }

    private async ValueTask<IReadOnlyList<ConversationTurn>> HistoryOfAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (message.ConversationId is not { } id)
        {
            return [];
        }

        if (message.StartsConversation)
        {
            await conversations.ForgetAsync(id, cancellationToken);
            return [];
        }

        return await conversations.HistoryAsync(id, cancellationToken);
    }

    /// <summary>Asks the question made standalone against the conversation, then remembers the turn. A
    /// message that names its own speaker ("and Podolyak?") and took the topic from the conversation gets
    /// that speaker's statements when they said nothing on the topic (the conversation stays on the topic); a fragment
    /// whose kept speaker said nothing on its topic ("and the villages?") gets that topic as asked alone, saying so. A
    /// question for a detail answered only by a statement already shown that holds none of its words ("how many troops
    /// exactly") is declined. A question the coverage cannot answer alone ("how long?") is tried once more about the last topic.</summary>
    private async ValueTask<Reply> AskAsync(ChatMessage message, string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        var resolved = resolver.Resolve(question, history);
        if (resolved.InContext)
        {
            Log.FollowUpResolved(logger, message.Surface, resolved.Question);
        }

        var index = knowledge.Current.Index;
        var last = history.Count > 0 && history[^1].Shown.Count > 0 ? history[^1].Shown[0] : null;
        // "what else was in that address": ordered already, leaving out only what a turn showed first.
        var restOfStory = resolved.SameStory ? Continuation.RestOfTheStory(history, index) : null;
        var answer = resolved.Continuation switch
        {
            ContinuationKind.Same when Continuation.Same(history) is { } same => same,
            ContinuationKind.Else when restOfStory is not null => restOfStory,
            ContinuationKind.Verification when StatementVerification.Of(index, history[^1].Shown) is { } note => note,
            ContinuationKind.Verification when Continuation.Same(history) is { } same => same with { Text = ReplyTexts.NotSaidToBeConfirmed + " " + same.Text },
            ContinuationKind.Occasion when last is not null && StatementOccasion.Of(index, last) is { } occasion => occasion,
            ContinuationKind.Occasion when Continuation.Same(history) is { } same => same,
            ContinuationKind.Statement when (resolved.Statement ?? last) is { } about && StatementThread.Answer(index, about, resolved.Cues) is { } statement => statement,
            ContinuationKind.Others when last is not null && OtherAccounts.OtherSpeakers(index, last) is { } others => others,
            ContinuationKind.Disputes when last is not null && OtherAccounts.Disputing(index, last) is { } disputing => disputing,
            ContinuationKind.Disputes when last is not null && OtherAccounts.OtherSpeakers(index, last) is { } others => others,
            ContinuationKind.Responses when last is not null && OtherAccounts.Responses(index, last) is { } responses => responses,
            ContinuationKind.Responses when last is not null && OtherAccounts.OtherSpeakers(index, last) is { } others => others,
            ContinuationKind.RespondingTo when last is not null && OtherAccounts.Answered(index, last) is { } answered => answered,
            ContinuationKind.RespondingTo when last is not null && OtherAccounts.OtherSpeakers(index, last) is { } others => others,
            ContinuationKind.Renderings when last is not null && OtherAccounts.OtherRenderings(index, last) is { } renderings => renderings,
            ContinuationKind.Renderings when Continuation.Same(history) is { } same => same,
            _ => engine.Ask(resolved.Question),
        };
        if (resolved.Continuation == ContinuationKind.Others && last is not null)
        {
            // "who else said that?" answered only by the speaker asked about, or by statements a turn showed first ("anyone
            // else?" again): no one else is quoted on it.
            var shown = history.Where(t => t.Shown.Count > 0).Select(t => t.Shown[0]).ToHashSet();
            var otherVoices = answer.Citations.Where(c => !string.Equals(c.Speaker, last.Speaker, StringComparison.OrdinalIgnoreCase) && !shown.Contains(c)).ToList();
            answer = otherVoices.Count > 0 ? answer with { Citations = otherVoices } : new Answer(false, OtherAccounts.NoOneElse, []);
        }

        if (resolved is { KeptSpeaker: { } kept, KeptSpeakerQuestion: { } keptQuestion } && !answer.IsDeliberate && !BySpeaker(answer, kept)
            && engine.Ask(keptQuestion) is { Answered: true } theirs && BySpeaker(theirs, kept))
        {
            answer = theirs;
        }

        if (resolved is { PartyOnItsTopic: true })
        {
            answer = OtherAccounts.ThePartysAmong(index, resolved.Party, answer) ?? new Answer(false, OtherAccounts.NotThatSide, []);
        }
        else if (resolved.Party.Count > 0 && last is not null && OtherAccounts.OfParty(index, resolved.Party, last) is { } party)
        {
            // "and the Kremlin?": the Kremlin spokesman's words among the side's before the rest, those on the last topic first.
            answer = resolved.PartyVoices.Count > 0
                ? StatementThread.KeepingTopics(index, OtherAccounts.VoicesFirst(index, party, resolved.PartyVoices), last,
                    history[^1].Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                : party;
        }
        else if (resolved is { OwnSpeaker: null, Party.Count: > 0 } && !OtherAccounts.ByParty(index, answer, resolved.Party))
        {
            // "and the russians?" when no one of that side is quoted on it or in its story.
            answer = new Answer(false, OtherAccounts.NotThatSide, []);
        }
        else if (resolved is { InContext: true, OwnSpeaker: { } speaker } && !(resolved.OwnTopicFirst && answer.Answered && BySpeaker(answer, speaker)))
        {
            // Another speaker on the same thing: their statements on the data's topics of the last one shown.
            if (last is not null && StatementThread.OnTheSameTopics(index, speaker, last, otherSpeaker: true) is { } onTopic)
            {
                answer = onTopic;
            }
            else if (last is not null && StatementThread.InTheSameStory(index, speaker, last) is { } story)
            {
                answer = story with { Citations = [.. story.Citations, .. answer.Citations.Except(story.Citations)] };
            }
            else if (!BySpeaker(answer, speaker) && engine.QuotesOf(speaker) is { Answered: true } quotes)
            {
                answer = quotes;
            }
        }
        else if (resolved is { PronounSpeaker: { } person } && answer.Answered && !BySpeaker(answer, person))
        {
            // "did he trust …" answered with someone else's words: his own first, else his on the last statement's topics.
            var his = answer.Citations.Where(c => string.Equals(c.Speaker, person, StringComparison.OrdinalIgnoreCase)).ToList();
            answer = his.Count > 0 ? answer with { Citations = [.. his, .. answer.Citations.Except(his)] }
                : last is not null && StatementThread.OnTheSameTopics(index, person, last, otherSpeaker: false) is { } own ? own
                : answer;
        }

        if (resolved.ThreadWords.Count > 0 && last is not null)
        {
            answer = StatementThread.KeepingTopics(index, answer, last, resolved.ThreadWords);
        }

        if (resolved is { InContext: true, Continuation: ContinuationKind.None })
        {
            answer = StatementThread.OwnWordsFirst(index, answer);
        }

        if (resolved.ThreadWords.Count > 0 && !answer.Answered && last is not null
            && Parties.OfWord(index, string.Join(' ', resolved.ThreadWords)) is { } body && OtherAccounts.OfParty(index, body, last) is { } bodySays)
        {
            // "and NATO?" after Kirby on the pullback, when Kirby said nothing of NATO: NATO's people on what Kirby said.
            answer = bodySays;
        }
        else if (resolved.ThreadWords.Count > 0 && !answer.Answered && engine.Ask(question) is { Answered: true, Citations: [var top, ..] } alone
            && resolved.ThreadWords.All(w => w.Length < 3 || StatementThread.Holds(top.Quote, w) || StatementThread.Holds($"{top.Speaker} {top.Role}", w)))
        {
            // "and the villages?" when the speaker kept from the conversation said nothing on it: the message's own topic
            // wins, when a statement, or its speaker's name and role ("and the Pentagon?"), holds its words.
            answer = alone with { Text = $"The coverage doesn't quote {history.Last(t => t.Speaker is not null).Speaker} on that. {alone.Text}" };
        }

        if (!answer.Answered && last is not null && resolver.AsksAboutMentioned(question, last) && StatementThread.Answer(index, last, []) is { } again)
        {
            // "so Russia is fine with it?" that the coverage cannot answer alone: what the last statement says of Russia.
            answer = again;
        }

        if (resolved.Continuation == ContinuationKind.None && resolver.OnlyRepeats(question, answer, history))
        {
            answer = new Answer(false, ReplyTexts.NothingMoreShown, []);
        }

        if (!resolved.InContext && !answer.Answered && resolver.Widen(question, history) is { } widened
            && engine.Ask(widened) is { Answered: true } wider)
        {
            (resolved, answer) = (new ResolvedQuestion(widened, true, ContinuationKind.None), wider);
        }

        answer = restOfStory is not null ? answer : Continuation.Apply(answer, resolved.Continuation, history, knowledge.Current);
        var reply = await FromAnswerAsync(answer, cancellationToken);
        if (message.ConversationId is { } id && resolver.TurnOf(resolved.Question, reply.Citations, reply.More?.Command) is { } turn)
        {
            await conversations.AddAsync(id, turn, cancellationToken);
        }

        return reply;
    }

    private static bool BySpeaker(Answer answer, string speaker) =>
        string.Equals(answer.Citations.FirstOrDefault()?.Speaker, speaker, StringComparison.OrdinalIgnoreCase);

    private static (string? Command, string Argument) SplitCommand(string text)
    {
        var space = text.IndexOf(' ');
        var first = (space < 0 ? text : text[..space]).TrimStart('/', '!').ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return first is "ask" or "help" or "speakers" or "sources" or "quotes" or "more" ? (first, rest) : (null, text);
    }

    private async ValueTask<Reply> FromAnswerAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (!answer.Answered)
        {
            return new Reply(ReplyKind.NoAnswer, answer.Text) { Suggestions = answer.Suggestions };
        }

        string? more = null;
        if (answer.Citations.Count > _options.PageSize)
        {
            more = FollowUpKey.New();
            await followUps.AddAsync(more, answer.Citations, cancellationToken);
        }

        return Page(answer.Citations, answer.Text, 0, more);
    }

    /// <summary>"more k3f9x2mz7q 3" from a button, as opposed to a question that starts with "more".</summary>
    private static bool IsFollowUp(string argument)
    {
        var parts = argument.Split(' ');
        return parts.Length == 2 && FollowUpKey.IsKey(parts[0]) && int.TryParse(parts[1], out _);
    }

    private async ValueTask<Reply> MoreAsync(string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(' ');
        var citations = await followUps.FindAsync(parts[0], cancellationToken);
        var offset = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        if (citations is null || offset <= 0 || offset >= citations.Count)
        {
            return ReplyTexts.FollowUpExpired();
        }

        var last = Math.Min(offset + _options.PageSize, citations.Count);
        var text = $"More quotes ({offset + 1}–{last} of {citations.Count}).";
        return Page(citations, text, offset, parts[0]);
    }

    private Reply Page(IReadOnlyList<Citation> citations, string text, int offset, string? key)
    {
        var next = offset + _options.PageSize;
        return new Reply(ReplyKind.Answer, text)
        {
            Citations = [.. citations.Skip(offset).Take(_options.PageSize)],
            FirstCitationNumber = offset + 1,
            TotalCitations = citations.Count,
            More = key is not null && next < citations.Count ? new FollowUp("More quotes", $"more {key} {next}") : null,
        };
    }
}
