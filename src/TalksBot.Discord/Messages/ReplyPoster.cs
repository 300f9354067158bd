using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Retry;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Messages;

/// <summary>Posts message replies and keeps, rather than drops, one that failed for a reason that passes (429 past
/// the retry budget, 5xx, no answer): it is posted later from a <see cref="RetryQueue"/> lane per channel, after
/// Discord's retry_after, and a later reply to that channel queues behind it. Every reply carries its question's id
/// as an enforced nonce, so a repeat of a post Discord did make returns that message instead of a second one.</summary>
internal sealed class ReplyPoster : IDisposable
{
    private readonly DiscordApi _api;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<ReplyPoster> _logger;
    private readonly RetryQueue _kept;

    public ReplyPoster(DiscordApi api, IOptions<DiscordOptions> options, DiscordMetrics metrics, TimeProvider time, ILogger<ReplyPoster> logger)
    {
        _api = api;
        _metrics = metrics;
        _logger = logger;
        _kept = new RetryQueue(new RetryQueueLimits(options.Value.RetryQueueCapacity, options.Value.RetryQueueMaxAge), time, GaveUp);
    }

    /// <summary>Replies kept for a later post.</summary>
    public int Kept => _kept.Count;

    /// <summary>Posts now, or keeps the reply for later; throws only when it can be neither posted nor kept.</summary>
    public async Task PostAsync(string channelId, MessagePayload message, CancellationToken cancellationToken)
    {
        if (_kept.IsHolding(channelId))
        {
            Keep(channelId, message, "behind a kept reply", retryAfter: null, justFailed: false, failure: null);
            return;
        }

        try
        {
            await _api.CreateMessageAsync(channelId, message, cancellationToken);
        }
        catch (DiscordRestException error) when (error.IsRetryable)
        {
            Keep(channelId, message, error.Message, error.RetryAfter, justFailed: true, error);
        }
    }

    /// <summary>At shutdown: tries every kept reply once more until the deadline; the rest is lost and logged.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var kept = _kept.Count;
        var lost = await _kept.FlushAsync(cancellationToken);
        if (kept > 0)
        {
            Log.KeptRepliesLost(_logger, lost, kept - lost);
        }

        return lost;
    }

    public void Dispose() => _kept.Dispose();

    private void Keep(string channelId, MessagePayload message, string why, TimeSpan? retryAfter, bool justFailed, DiscordRestException? failure)
    {
        if (!_kept.Keep(channelId, channelId, token => AttemptAsync(channelId, message, token), retryAfter, justFailed))
        {
            throw failure ?? new DiscordRestException("channels/{channel.id}/messages", null, null, "not kept for a later post");
        }

        Log.ReplyKept(_logger, channelId, why, _kept.Count);
    }

    private async Task<RetryAttempt> AttemptAsync(string channelId, MessagePayload message, CancellationToken cancellationToken)
    {
        try
        {
            await _api.CreateMessageAsync(channelId, message, cancellationToken);
            return RetryAttempt.Delivered;
        }
        catch (DiscordRestException error)
        {
            return error.IsRetryable ? RetryAttempt.Again(error.RetryAfter) : RetryAttempt.Refused;
        }
    }

    private void GaveUp(RetryGiveUp giveUp)
    {
        var reason = giveUp.Reason.ToString().ToLowerInvariant();
        Log.ReplyGivenUp(_logger, giveUp.Key, reason, giveUp.Age.TotalSeconds);
        _metrics.ReplyGivenUp(reason);
    }
}
