using System.Text.Json;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Deliveries;
using TalksBot.Core.Chat;
using TalksBot.Slack.Processing;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.Events;

/// <summary>The single entry point of both transports: parses a delivery, drops duplicates and queues
/// the work. Duplicates are dropped through the delivery ledger (shared by every instance with Redis), so
/// an event, a retry of it, or the same message under another event id is answered once. The ledger answers
/// within <c>Redis:OperationTimeout</c> (memory otherwise), so a transport still acknowledges within
/// Slack's 3 seconds.</summary>
internal sealed class SlackInbox(IDeliveryLedger ledger, SlackWorkQueue queue, SlackIdentity identity, ILogger<SlackInbox> logger)
{
    /// <summary>An Events API body (<c>event_callback</c>, <c>app_rate_limited</c>), from HTTP or an <c>events_api</c> envelope.</summary>
    public async ValueTask<InboxResult> AcceptEventsAsync(EventsApiBody body, int retryAttempt, CancellationToken cancellationToken)
    {
        if (body.Type == "app_rate_limited")
        {
            Log.AppRateLimited(logger, body.MinuteRateLimited ?? 0);
            return InboxResult.Skipped;
        }

        if (body.Type != "event_callback" || body.EventId is not { Length: > 0 } eventId || body.Event.ValueKind != JsonValueKind.Object)
        {
            return InboxResult.Skipped;
        }

        if (body.Event.TryGetProperty("type", out var type) && type.ValueEquals("assistant_thread_started"))
        {
            return await AcceptAssistantThreadAsync(eventId, body.Event, cancellationToken);
        }

        if (Parse(body.Event) is not { } inner)
        {
            return InboxResult.Skipped;
        }

        // Filter first: an event that will not be answered (a plain channel message alongside its
        // app_mention, the bot's own post) must not claim the message's dedup key.
        if (EventFilter.WhyIgnore(inner, identity.Current, body.ApiAppId) is { } reason)
        {
            Log.EventIgnored(logger, eventId, reason);
            return InboxResult.Skipped;
        }

        // The same user message can reach the bot under two event ids; its channel and ts identify it.
        string[] keys = inner is { Channel: { } channel, Ts: { } ts } && EventFilter.IsUserMessage(inner)
            ? [EventKey(eventId), $"slack:message:{channel}:{ts}"]
            : [EventKey(eventId)];
        if (!await ledger.TryClaimAsync(keys, cancellationToken))
        {
            Log.Duplicate(logger, eventId, retryAttempt);
            return InboxResult.Skipped;
        }

        return await EnqueueClaimedAsync(new EventWork(eventId, inner, body.ApiAppId), keys, cancellationToken);
    }

    /// <summary>A new assistant thread gets suggested prompts, once per event.</summary>
    private async ValueTask<InboxResult> AcceptAssistantThreadAsync(string eventId, JsonElement inner, CancellationToken cancellationToken)
    {
        AssistantThreadStarted? started;
        try
        {
            started = inner.Deserialize(SlackJsonContext.Default.AssistantThreadStarted);
        }
        catch (JsonException)
        {
            started = null;
        }

        if (started?.AssistantThread is not { ChannelId: not null, ThreadTs: not null } thread)
        {
            Log.EventIgnored(logger, eventId, "incomplete assistant_thread_started");
            return InboxResult.Skipped;
        }

        string[] keys = [EventKey(eventId)];
        if (!await ledger.TryClaimAsync(keys, cancellationToken))
        {
            Log.Duplicate(logger, eventId, 0);
            return InboxResult.Skipped;
        }

        return await EnqueueClaimedAsync(new AssistantThreadWork(eventId, thread), keys, cancellationToken);
    }

    public InboxResult AcceptCommand(SlashCommand command) => Enqueue(new CommandWork(command));

    /// <summary>A <c>block_actions</c> payload: only the bot's own buttons ("More quotes", 👍/👎 and the reasons) are acted on.</summary>
    public InboxResult AcceptInteraction(BlockActionsPayload payload)
    {
        if (payload.Type != "block_actions" || payload.Actions is not [var action, ..])
        {
            return InboxResult.Skipped;
        }

        if (FeedbackBlocks.Parse(action.ActionId) is var (vote, reason) && action.Value is { Length: > 0 } token)
        {
            return Enqueue(new FeedbackWork(payload, vote, reason, token));
        }

        if (action.ActionId != BlockKitRenderer.MoreActionId || action.Value is not { Length: > 0 and <= FollowUp.MaxCommandLength } command || !command.All(char.IsAscii))
        {
            Log.ActionIgnored(logger, action.ActionId ?? "");
            return InboxResult.Skipped;
        }

        return Enqueue(new ActionWork(payload, command));
    }

    // Event types the bot does not subscribe to may carry objects where a message carries strings.
    private static MessageEvent? Parse(JsonElement inner)
    {
        try
        {
            return inner.Deserialize(SlackJsonContext.Default.MessageEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string EventKey(string eventId) => "slack:event:" + eventId;

    /// <summary>Queues claimed work; when the queue is full the claim is given back, so that Slack's retry is taken.</summary>
    private async ValueTask<InboxResult> EnqueueClaimedAsync(SlackWork work, string[] keys, CancellationToken cancellationToken)
    {
        if (queue.TryEnqueue(work))
        {
            return InboxResult.Accepted;
        }

        await ledger.ReleaseAsync(keys, cancellationToken);
        Log.QueueFull(logger);
        return InboxResult.Refused;
    }

    private InboxResult Enqueue(SlackWork work)
    {
        if (queue.TryEnqueue(work))
        {
            return InboxResult.Accepted;
        }

        Log.QueueFull(logger);
        return InboxResult.Refused;
    }
}
