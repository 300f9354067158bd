using TalksBot.Slack.Events;

namespace TalksBot.Slack.Processing;

/// <summary>One accepted delivery, queued for the background worker after Slack was acknowledged.</summary>
internal abstract record SlackWork(string Surface, string Channel);

internal sealed record EventWork(string EventId, MessageEvent Event, string? ApiAppId)
    : SlackWork(Event.Type == "app_mention" ? "mention" : "direct message", Event.Channel ?? "?");

internal sealed record CommandWork(SlashCommand Command) : SlackWork("slash command", Command.ChannelId ?? "?");

internal sealed record AssistantThreadWork(string EventId, AssistantThread Thread)
    : SlackWork("assistant thread", Thread.ChannelId ?? "?");

internal sealed record FeedbackWork(BlockActionsPayload Payload, Core.Feedback.Vote Vote, Core.Feedback.FeedbackReason? Reason, string Token)
    : SlackWork("feedback", Payload.Channel?.Id ?? Payload.Container?.ChannelId ?? "?");

internal sealed record ActionWork(BlockActionsPayload Payload, string FollowUpCommand)
    : SlackWork("button", Payload.Channel?.Id ?? Payload.Container?.ChannelId ?? "?");
