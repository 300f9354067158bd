namespace TalksBot.Load.Slack;

/// <summary>An app_mention the load sends: its ids, where it was asked, and the question.</summary>
public sealed record SlackEvent(string EventId, string Ts, string Channel, string User, string Question);
