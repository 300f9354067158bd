namespace TalksBot.Slack.WebApi;

/// <summary>A response_url's 5 posts are used up: raised before an attempt, so the call ends without sending.</summary>
internal sealed class ResponseUrlSpentException() : Exception("The response_url has had its 5 responses.");
