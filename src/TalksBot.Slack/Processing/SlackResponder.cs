using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.Slack.Events;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.Processing;

/// <summary>Asks Core for the reply to one piece of work and delivers the rendered message where Slack
/// expects it: mentions in their thread, DMs in the DM, slash commands and ephemeral buttons through
/// their response_url. Private replies (help, errors) go only to the asker.</summary>
internal sealed class SlackResponder(
    ICommandRouter router,
    FeedbackRecorder feedback,
    IAutocomplete autocomplete,
    SlackApiClient api,
    AnswerPoster answers,
    SlackIdentity identity,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackResponder> logger)
{
    private const string Surface = "slack";

    /// <summary>What the asker sees when an answer fails; never the exception's text.</summary>
    internal const string ErrorText = "Sorry, something went wrong while answering that. Please try again in a moment.";

    /// <summary>The assistant thread's status while an answer is worked out; Slack clears it when the answer is posted.</summary>
    internal const string WorkingStatus = "is looking through the coverage…";

    public async ValueTask HandleAsync(SlackWork work, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        BotIdentity? me = null;
        try
        {
            me = await identity.WaitAsync(cancellationToken);
            var kind = work switch
            {
                EventWork e => await AnswerEventAsync(e, me, cancellationToken),
                CommandWork c => await AnswerCommandAsync(c.Command, me, cancellationToken),
                ActionWork a => await AnswerActionAsync(a, cancellationToken),
                FeedbackWork f => await RecordFeedbackAsync(f, cancellationToken),
                AssistantThreadWork t => await SuggestPromptsAsync(t.Thread, cancellationToken),
                _ => null,
            };
            if (kind is not null)
            {
                Log.Answered(logger, work.Surface, work.Channel, kind.Value.ToString(), (long)time.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.AnswerFailed(logger, work.Surface, work.Channel, exception);
            await ReportFailureAsync(work, me, cancellationToken);
        }
    }

    /// <summary>Tells only the asker that the answer failed: ephemerally for events and buttons in a
    /// channel, through the response_url for slash commands and ephemeral buttons.</summary>
    private async Task ReportFailureAsync(SlackWork work, BotIdentity? me, CancellationToken cancellationToken)
    {
        var rendered = BlockKitRenderer.Render(new Reply(ReplyKind.Error, ErrorText));
        var error = new ResponseUrlMessage("ephemeral", rendered.Text, rendered.Blocks);
        try
        {
            switch (work)
            {
                case EventWork { Event: var message } e when me is not null && EventFilter.WhyIgnore(message, me, e.ApiAppId) is null:
                    var threadTs = message.Type == "app_mention" ? message.ThreadTs ?? message.Ts : message.ThreadTs;
                    if (message.ChannelType == "im")
                    {
                        await answers.PostAsync(new PostMessageRequest(message.Channel!, rendered.Text, rendered.Blocks, threadTs), cancellationToken);
                    }
                    else
                    {
                        await answers.PostEphemeralAsync(new PostEphemeralRequest(message.Channel!, message.User!, rendered.Text, rendered.Blocks, threadTs), cancellationToken);
                    }

                    break;
                case CommandWork c:
                    await RespondAsync(c.Command.ResponseUrl, work.Channel, error, cancellationToken);
                    break;
                case ActionWork a:
                    await RespondAsync(a.Payload.ResponseUrl, work.Channel, error, cancellationToken);
                    break;
                case FeedbackWork f:
                    await RespondAsync(f.Payload.ResponseUrl, work.Channel, error, cancellationToken);
                    break;
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.AnswerFailed(logger, work.Surface, work.Channel, exception);
        }
    }

    private async Task<ReplyKind?> AnswerEventAsync(EventWork work, BotIdentity me, CancellationToken cancellationToken)
    {
        var message = work.Event;
        if (EventFilter.WhyIgnore(message, me, work.ApiAppId) is { } reason)
        {
            Log.EventIgnored(logger, work.EventId, reason);
            return null;
        }

        var question = IncomingText.ToQuestion(message.Text, me.UserId);
        if (message is { ChannelType: "im", ThreadTs: { } thread })
        {
            // A thread in the bot's DM is an assistant thread: show a status until the answer is posted.
            await api.SetStatusAsync(new SetStatusRequest(message.Channel!, thread, WorkingStatus), cancellationToken);
        }

        // A mention is answered in its thread: the thread's parent if it was a reply, else the mention itself.
        var threadTs = message.Type == "app_mention" ? message.ThreadTs ?? message.Ts : message.ThreadTs;
        var conversation = ConversationOf(message.Channel, threadTs, message.ChannelType == "im");
        var reply = await router.RouteAsync(new ChatMessage(question, Surface, message.User, conversation), cancellationToken);
        var rendered = BlockKitRenderer.Render(reply);
        if (reply.IsPrivate && message.ChannelType != "im")
        {
            await answers.PostEphemeralAsync(new PostEphemeralRequest(message.Channel!, message.User!, rendered.Text, rendered.Blocks, threadTs), cancellationToken);
        }
        else
        {
            await answers.PostAsync(new PostMessageRequest(message.Channel!, rendered.Text, rendered.Blocks, threadTs), cancellationToken);
        }

        return reply.Kind;
    }

    /// <summary>A thread is a conversation, and so is a DM outside threads; a slash command belongs to none.</summary>
    private static string? ConversationOf(string? channel, string? threadTs, bool isDirect) =>
        channel is null ? null : threadTs is not null ? $"slack:{channel}/{threadTs}" : isDirect ? "slack:" + channel : null;

    private async Task<ReplyKind?> AnswerCommandAsync(SlashCommand command, BotIdentity me, CancellationToken cancellationToken)
    {
        var question = IncomingText.ToQuestion(command.Text, me.UserId);
        var reply = await router.RouteAsync(new ChatMessage(question.Length == 0 ? "help" : question, Surface, command.UserId), cancellationToken);
        var rendered = BlockKitRenderer.Render(reply);
        var responseType = options.Value.SlashInChannel && !reply.IsPrivate ? "in_channel" : "ephemeral";
        await RespondAsync(command.ResponseUrl, command.ChannelId, new ResponseUrlMessage(responseType, rendered.Text, rendered.Blocks), cancellationToken);
        return reply.Kind;
    }

    private async Task<ReplyKind?> AnswerActionAsync(ActionWork work, CancellationToken cancellationToken)
    {
        var payload = work.Payload;
        var user = payload.User?.Id;
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var conversation = ConversationOf(channel, payload.Container?.ThreadTs ?? payload.Message?.ThreadTs, channel?.StartsWith('D') == true);
        var reply = await router.RouteAsync(new ChatMessage(work.FollowUpCommand, Surface, user, conversation), cancellationToken);
        var rendered = BlockKitRenderer.Render(reply);
        var ephemeral = new ResponseUrlMessage("ephemeral", rendered.Text, rendered.Blocks);

        // A button on an ephemeral message (a /talks answer) can only be answered through its response_url.
        if (payload.Container?.IsEphemeral == true || channel is null || user is null)
        {
            await RespondAsync(payload.ResponseUrl, channel, ephemeral, cancellationToken);
            return reply.Kind;
        }

        var threadTs = payload.Container?.ThreadTs ?? payload.Message?.ThreadTs ?? payload.Container?.MessageTs ?? payload.Message?.Ts;
        var posted = reply.IsPrivate
            ? await answers.PostEphemeralAsync(new PostEphemeralRequest(channel, user, rendered.Text, rendered.Blocks, threadTs), cancellationToken)
            : await answers.PostAsync(new PostMessageRequest(channel, rendered.Text, rendered.Blocks, threadTs), cancellationToken);
        if (!posted.Ok && posted.Error != ApiResponse.Unconfirmed)
        {
            // e.g. not_in_channel after an in-channel /talks answer: the response_url still works. A post with no
            // answer may have been made, so it is not made again this way.
            await RespondAsync(payload.ResponseUrl, channel, ephemeral, cancellationToken);
        }

        return reply.Kind;
    }

    /// <summary>Offers questions the data answers as the new assistant thread's suggested prompts.</summary>
    private async Task<ReplyKind?> SuggestPromptsAsync(AssistantThread thread, CancellationToken cancellationToken)
    {
        var prompts = autocomplete.SuggestQuestions("", SetSuggestedPromptsRequest.MaxPrompts)
            .Select(q => new SuggestedPrompt(q, q))
            .ToList();
        if (prompts.Count > 0)
        {
            await api.SetSuggestedPromptsAsync(new SetSuggestedPromptsRequest(thread.ChannelId!, thread.ThreadTs!, prompts, "Try asking"), cancellationToken);
        }

        return null;
    }

    /// <summary>Records a 👍/👎 and tells only the clicker, through the click's response_url: a new
    /// ephemeral message for a vote (with the reasons after a 👎), the same message updated for a reason.</summary>
    private async Task<ReplyKind?> RecordFeedbackAsync(FeedbackWork work, CancellationToken cancellationToken)
    {
        var ack = await feedback.RecordAsync(work.Token, work.Vote, work.Reason, Surface, work.Payload.User?.Id, cancellationToken);
        var message = ack is null
            ? BlockKitRenderer.Render(new Reply(ReplyKind.Error, "That button no longer works. Ask again with /talks."))
            : FeedbackBlocks.Ack(ack, work.Token);
        var replace = ack is not null && work.Reason is not null;
        await RespondAsync(work.Payload.ResponseUrl, work.Channel, new ResponseUrlMessage("ephemeral", message.Text, message.Blocks, ReplaceOriginal: replace), cancellationToken);
        return null;
    }

    /// <summary>Through <see cref="AnswerPoster"/>, which keeps a post that failed for a while and counts the URL's 5 posts.</summary>
    private async Task RespondAsync(string? responseUrl, string? channel, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || !SlackText.IsWebLink(url))
        {
            Log.ResponseUrlFailed(logger, 0);
            return;
        }

        await answers.RespondAsync(url, message, channel, cancellationToken);
    }
}
