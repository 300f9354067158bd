using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Retry;

namespace TalksBot.Slack.WebApi;

/// <summary>Posts answers with chat.postMessage and keeps, rather than drops, one that failed for a reason that
/// passes (429 past the retry budget, 5xx, no connection): it is posted later from a <see cref="RetryQueue"/>
/// lane per channel, after Slack's Retry-After, and a later answer to that channel queues behind it so the
/// channel's order holds. A post that got no answer at all is never repeated: Slack has no idempotency key for
/// chat.postMessage, and the first may have been posted.</summary>
internal sealed class AnswerPoster : IDisposable
{
    private readonly SlackApiClient _api;
    private readonly SlackMetrics _metrics;
    private readonly ILogger<AnswerPoster> _logger;
    private readonly RetryQueue _kept;

    public AnswerPoster(SlackApiClient api, IOptions<SlackOptions> options, SlackMetrics metrics, TimeProvider time, ILogger<AnswerPoster> logger)
    {
        _api = api;
        _metrics = metrics;
        _logger = logger;
        _kept = new RetryQueue(new RetryQueueLimits(options.Value.RetryQueueCapacity, options.Value.RetryQueueMaxAge), time, GaveUp);
    }

    /// <summary>Answers kept for a later post.</summary>
    public int Kept => _kept.Count;

    /// <summary>Posts now, or keeps the answer for later. A kept answer counts as ok: it is Slack's to post later
    /// or the queue's to report as given up.</summary>
    public async Task<ApiResponse> PostAsync(PostMessageRequest request, CancellationToken cancellationToken)
    {
        if (_kept.IsHolding(request.Channel))
        {
            return Keep(request, "behind a kept answer", retryAfter: null, justFailed: false);
        }

        var response = await _api.PostMessageAsync(request, cancellationToken);
        if (response.Error == ApiResponse.Unconfirmed)
        {
            Log.AnswerUnconfirmed(_logger, request.Channel);
            _metrics.AnswerGivenUp("unconfirmed");
        }

        return response.IsRetryable ? Keep(request, response.Error!, response.RetryAfter, justFailed: true, response) : response;
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

    private ApiResponse Keep(PostMessageRequest request, string why, TimeSpan? retryAfter, bool justFailed, ApiResponse? failed = null)
    {
        if (!_kept.Keep(request.Channel, request.Channel, token => AttemptAsync(request, token), retryAfter, justFailed))
        {
            return failed ?? ApiResponse.Failed("not_kept");
        }

        Log.AnswerKept(_logger, request.Channel, why, _kept.Count);
        return new ApiResponse(true);
    }

    private async Task<RetryAttempt> AttemptAsync(PostMessageRequest request, CancellationToken cancellationToken)
    {
        var response = await _api.PostMessageAsync(request, cancellationToken);
        if (response.Ok)
        {
            return RetryAttempt.Delivered;
        }

        if (response.Error == ApiResponse.Unconfirmed)
        {
            // Counted as given up by the queue ("refused"), but said plainly: it may well have been posted.
            Log.AnswerUnconfirmed(_logger, request.Channel);
        }

        return response.IsRetryable ? RetryAttempt.Again(response.RetryAfter) : RetryAttempt.Refused;
    }

    private void GaveUp(RetryGiveUp giveUp)
    {
        var reason = giveUp.Reason.ToString().ToLowerInvariant();
        Log.AnswerGivenUp(_logger, giveUp.Key, reason, giveUp.Age.TotalSeconds);
        _metrics.AnswerGivenUp(reason);
    }
}
