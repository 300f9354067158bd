namespace TalksBot.Slack.Http;

internal sealed record ChallengeResponse(string Challenge);
