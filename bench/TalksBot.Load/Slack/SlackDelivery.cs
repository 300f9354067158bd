namespace TalksBot.Load.Slack;

/// <summary>One HTTP delivery of an event to one bot: the event's first delivery (<paramref name="RetryNum"/> 0)
/// or a duplicate that Slack sends again (a retry with <c>X-Slack-Retry-Num</c>).</summary>
public sealed record SlackDelivery(SlackEvent Event, int Bot, int RetryNum);
