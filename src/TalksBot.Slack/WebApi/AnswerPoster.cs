using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Retry;

namespace TalksBot.Slack.WebApi;

/// <summary>Posts answers (chat.postMessage, chat.postEphemeral and response_url posts) and keeps, rather than
/// drops, one that failed for a reason that passes (429 past the retry budget, 5xx, no connection): it is posted
/// later from a <see cref="RetryQueue"/> lane per channel (per response_url for those), after Slack's Retry-After,
/// and a later answer to that lane queues behind it so its order holds. A response_url post is kept only while the
/// URL works (30 minutes, 5 posts: <see cref="ResponseUrlBudget"/>, every attempt counted). A post that got no
/// answer at all is never repeated when doing it twice would show it twice: Slack has no idempotency key for
/// chat.postMessage, chat.postEphemeral or a new response_url message, and the first may have been posted; only a
/// response_url post that replaces the original message is repeated.</summary>
internal sealed class AnswerPoster : IDisposable
{
    private readonly SlackApiClient _api;
    private readonly ResponseUrlBudget _responseUrls;
    private readonly SlackMetrics _metrics;
    private readonly ILogger<AnswerPoster> _logger;
    private readonly RetryQueue _kept;

    public AnswerPoster(SlackApiClient api, ResponseUrlBudget responseUrls, IOptions<SlackOptions> options, SlackMetrics metrics, TimeProvider time, ILogger<AnswerPoster> logger)
    {
        _api = api;
        _responseUrls = responseUrls;
        _metrics = metrics;
        _logger = logger;
        _kept = new RetryQueue(new RetryQueueLimits(options.Value.RetryQueueCapacity, options.Value.RetryQueueMaxAge), time, GaveUp);
    }

    /// <summary>Answers kept for a later post.</summary>
    public int Kept => _kept.Count;

    /// <summary>Posts now, or keeps the answer for later. A kept answer counts as ok: it is Slack's to post later
    /// or the queue's to report as given up.</summary>
    public Task<ApiResponse> PostAsync(PostMessageRequest request, CancellationToken cancellationToken) =>
        SendOrKeepAsync(new Lane(request.Channel, request.Channel, "chat.postMessage", null), token => _api.PostMessageAsync(request, token), cancellationToken);

    /// <summary>Posts a message only <see cref="PostEphemeralRequest.User"/> sees, now or later.</summary>
    public Task<ApiResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken) =>
        SendOrKeepAsync(new Lane(request.Channel, request.Channel, "chat.postEphemeral", null), token => _api.PostEphemeralAsync(request, token), cancellationToken);

    /// <summary>Posts to a response_url, now or later while it works. <paramref name="channel"/> only names it in the
    /// logs: the URL is a capability and is never logged.</summary>
    public Task<ApiResponse> RespondAsync(Uri responseUrl, ResponseUrlMessage message, string? channel, CancellationToken cancellationToken)
    {
        var url = responseUrl.AbsoluteUri;
        var lane = new Lane(url, (channel ?? "a conversation") + " (response_url)", "response_url", _responseUrls.ExpiresAt(url));
        return SendOrKeepAsync(lane, token => _api.RespondAsync(responseUrl, message, _responseUrls, token), cancellationToken);
    }

    /// <summary>At shutdown: tries every kept answer once more until the deadline; the rest is lost and logged.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var kept = _kept.Count;
        var lost = await _kept.FlushAsync(cancellationToken);
        if (kept > 0)
        {
            Log.KeptAnswersLost(_logger, lost, kept - lost);
        }

        return lost;
    }

    public void Dispose() => _kept.Dispose();

    private async Task<ApiResponse> SendOrKeepAsync(Lane lane, Func<CancellationToken, Task<ApiResponse>> send, CancellationToken cancellationToken)
    {
        if (_kept.IsHolding(lane.Key))
        {
            return Keep(lane, send, "behind a kept answer", retryAfter: null, justFailed: false);
        }

        var response = await send(cancellationToken);
        if (response.Error == ApiResponse.Unconfirmed)
        {
            Log.AnswerUnconfirmed(_logger, lane.Method, lane.Label);
            _metrics.AnswerGivenUp("unconfirmed");
        }

        return response.IsRetryable ? Keep(lane, send, response.Error!, response.RetryAfter, justFailed: true, response) : response;
    }

    private ApiResponse Keep(Lane lane, Func<CancellationToken, Task<ApiResponse>> send, string why, TimeSpan? retryAfter, bool justFailed, ApiResponse? failed = null)
    {
        if (!_kept.Keep(lane.Key, lane.Label, token => AttemptAsync(lane, send, token), retryAfter, justFailed, lane.Deadline))
        {
            return failed ?? ApiResponse.Failed("not_kept");
        }

        Log.AnswerKept(_logger, lane.Label, why, _kept.Count);
        return new ApiResponse(true);
    }

    private async Task<RetryAttempt> AttemptAsync(Lane lane, Func<CancellationToken, Task<ApiResponse>> send, CancellationToken cancellationToken)
    {
        var response = await send(cancellationToken);
        if (response.Ok)
        {
            return RetryAttempt.Delivered;
        }

        if (response.Error == ApiResponse.Unconfirmed)
        {
            // Counted as given up by the queue ("refused"), but said plainly: it may well have been posted.
            Log.AnswerUnconfirmed(_logger, lane.Method, lane.Label);
        }

        return response.IsRetryable ? RetryAttempt.Again(response.RetryAfter) : RetryAttempt.Refused;
    }

    private void GaveUp(RetryGiveUp giveUp)
    {
        var reason = giveUp.Reason.ToString().ToLowerInvariant();
        Log.AnswerGivenUp(_logger, giveUp.Label, reason, giveUp.Age.TotalSeconds);
        _metrics.AnswerGivenUp(reason);
    }

    /// <summary>An answer's lane in the queue (a channel or a response_url), what the logs call it, the Slack
    /// method for the logs, and until when it may be posted (none: the queue's maximum age).</summary>
    private sealed record Lane(string Key, string Label, string Method, DateTimeOffset? Deadline);
}
