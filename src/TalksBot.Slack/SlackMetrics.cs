using System.Diagnostics.Metrics;

namespace TalksBot.Slack;

/// <summary>Slack's instruments, on the meter <see cref="SlackServiceCollectionExtensions.MeterName"/>.</summary>
internal sealed class SlackMetrics
{
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Counter<long> _answersGivenUp;

    public SlackMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(SlackServiceCollectionExtensions.MeterName);
        _reconnects = meter.CreateCounter<long>("talksbot.slack.socket.reconnects", "{connection}", "Socket Mode connections replaced: a routine refresh, a disconnect Slack asked for, or a lost socket.");
        _rateLimitWaits = meter.CreateCounter<long>("talksbot.slack.rate_limit.waits", "{wait}", "Web API calls that waited out a 429's Retry-After.");
        _answersGivenUp = meter.CreateCounter<long>("talksbot.slack.answers.given_up", "{answer}", "Answers (chat.postMessage, chat.postEphemeral, response_url posts) kept for a later post and finally given up: queue full, too old or past the response_url's 30 minutes, refused, lost at shutdown, or a post with no answer that is not repeated (unconfirmed).");
    }

    /// <param name="reason"><c>refresh</c>, <c>disconnect</c> or <c>lost</c>.</param>
    public void Reconnecting(string reason) => _reconnects.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RateLimitWait() => _rateLimitWaits.Add(1);

    /// <param name="reason"><c>overflow</c>, <c>expired</c>, <c>refused</c>, <c>shutdown</c> or <c>unconfirmed</c>.</param>
    public void AnswerGivenUp(string reason) => _answersGivenUp.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
