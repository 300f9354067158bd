namespace TalksBot.Slack.Events;

/// <summary>An <c>assistant_thread_started</c> event: a user opened an "Agents &amp; AI Apps" thread with
/// the bot, in the DM <see cref="AssistantThread.ChannelId"/> under <see cref="AssistantThread.ThreadTs"/>.</summary>
internal sealed record AssistantThreadStarted(string Type, AssistantThread? AssistantThread = null);

internal sealed record AssistantThread(string? UserId = null, string? ChannelId = null, string? ThreadTs = null);
