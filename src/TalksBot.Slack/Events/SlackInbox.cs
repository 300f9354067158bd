using System.Text.Json;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Chat;
using TalksBot.Slack.Processing;
using TalksBot.Slack.Rendering;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack.Events;

/// <summary>The single entry point of both transports: parses a delivery, drops duplicates and queues
/// the work. It never waits, so a transport can acknowledge within Slack's 3 seconds.</summary>
internal sealed class SlackInbox(DeliveryDeduplicator deduplicator, SlackWorkQueue queue, SlackIdentity identity, ILogger<SlackInbox> logger)
{
    /// <summary>An Events API body (<c>event_callback</c>, <c>app_rate_limited</c>), from HTTP or an <c>events_api</c> envelope.</summary>
    public InboxResult AcceptEvents(EventsApiBody body, int retryAttempt)
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
            return AcceptAssistantThread(eventId, body.Event);
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
            ? ["event:" + eventId, $"message:{channel}:{ts}"]
            : ["event:" + eventId];
        if (!deduplicator.TryAccept(keys))
        {
            Log.Duplicate(logger, eventId, retryAttempt);
            return InboxResult.Skipped;
        }

        if (queue.TryEnqueue(new EventWork(eventId, inner, body.ApiAppId)))
        {
            return InboxResult.Accepted;
        }

        deduplicator.Release(keys);
        Log.QueueFull(logger);
        return InboxResult.Refused;
    }

    /// <summary>A new assistant thread gets suggested prompts, once per event.</summary>
    private InboxResult AcceptAssistantThread(string eventId, JsonElement inner)
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

        string[] keys = ["event:" + eventId];
        if (!deduplicator.TryAccept(keys))
        {
            return InboxResult.Skipped;
        }

        if (queue.TryEnqueue(new AssistantThreadWork(eventId, thread)))
        {
            return InboxResult.Accepted;
        }

        deduplicator.Release(keys);
        Log.QueueFull(logger);
        return InboxResult.Refused;
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
