using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Delivery.Retry;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Messages;

/// <summary>Posts replies (message replies, and an interaction's edit of its deferred response, deletion of it and
/// follow-ups) and keeps, rather than drops, one that failed for a reason that passes (429 past the retry budget,
/// 5xx, no answer): it is posted later from a <see cref="RetryQueue"/> lane per channel or per interaction, after
/// Discord's retry_after, and a later reply to that channel or interaction queues behind it. An interaction's replies
/// are kept only while its token works (15 minutes from the interaction). Nothing is posted twice: a message reply
/// carries its question's id as an enforced nonce (a repeat returns the first message); editing or deleting
/// <c>@original</c> done twice leaves one result; a follow-up takes no nonce, so one whose outcome is unknown is
/// never repeated, only logged and counted as <c>unconfirmed</c>.</summary>
internal sealed class ReplyPoster : IDisposable
{
    /// <summary>Discord's "Unknown Message": a deletion repeated after the first went through.</summary>
    private const int UnknownMessage = 10008;

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

    /// <summary>Posts a message reply now, or keeps it for later; throws only when it can be neither posted nor kept.</summary>
    public Task PostAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendOrKeepAsync(new Target(channelId, "channel " + channelId, null), token => _api.CreateMessageAsync(channelId, message, token), cancellationToken);

    /// <summary>Edits an interaction's deferred response (or the message its button is on), now or later while the token works.</summary>
    public Task EditOriginalAsync(InteractionReply interaction, MessagePayload message, CancellationToken cancellationToken) =>
        SendOrKeepAsync(interaction.Target, token => _api.EditOriginalResponseAsync(interaction.Token, message, token), cancellationToken);

    /// <summary>Deletes an interaction's deferred response, now or later while the token works; one already gone counts as deleted.</summary>
    public Task DeleteOriginalAsync(InteractionReply interaction, CancellationToken cancellationToken) =>
        SendOrKeepAsync(interaction.Target, async token =>
        {
            try
            {
                await _api.DeleteOriginalResponseAsync(interaction.Token, token);
            }
            catch (DiscordRestException error) when (error is { Status: HttpStatusCode.NotFound, Code: UnknownMessage })
            {
                // An earlier try that got no answer did delete it.
            }
        }, cancellationToken);

    /// <summary>Posts a follow-up message, now or later while the token works; never repeated after an unknown outcome.</summary>
    public Task FollowUpAsync(InteractionReply interaction, MessagePayload message, CancellationToken cancellationToken) =>
        SendOrKeepAsync(interaction.Target, token => _api.CreateFollowupAsync(interaction.Token, message, token), cancellationToken);

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

    private async Task SendOrKeepAsync(Target target, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        if (_kept.IsHolding(target.Key))
        {
            Keep(target, send, "behind a kept reply", retryAfter: null, justFailed: false, failure: null);
            return;
        }

        try
        {
            await send(cancellationToken);
        }
        catch (DiscordRestException error) when (error.IsRetryable)
        {
            Keep(target, send, error.Message, error.RetryAfter, justFailed: true, error);
        }
        catch (DiscordRestException error) when (error.IsUnconfirmed)
        {
            Unconfirmed(target);
            throw;
        }
    }

    private void Keep(Target target, Func<CancellationToken, Task> send, string why, TimeSpan? retryAfter, bool justFailed, DiscordRestException? failure)
    {
        if (!_kept.Keep(target.Key, target.Label, token => AttemptAsync(target, send, token), retryAfter, justFailed, target.Deadline))
        {
            throw failure ?? new DiscordRestException(target.Label, null, null, "not kept for a later post");
        }

        Log.ReplyKept(_logger, target.Label, why, _kept.Count);
    }

    private async Task<RetryAttempt> AttemptAsync(Target target, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        try
        {
            await send(cancellationToken);
            return RetryAttempt.Delivered;
        }
        catch (DiscordRestException error)
        {
            if (error.IsUnconfirmed)
            {
                // Counted as given up by the queue ("refused"), but said plainly: it may well have been posted.
                Log.FollowUpUnconfirmed(_logger, target.Label);
            }

            return error.IsRetryable ? RetryAttempt.Again(error.RetryAfter) : RetryAttempt.Refused;
        }
    }

    private void Unconfirmed(Target target)
    {
        Log.FollowUpUnconfirmed(_logger, target.Label);
        _metrics.ReplyGivenUp("unconfirmed");
    }

    private void GaveUp(RetryGiveUp giveUp)
    {
        var reason = giveUp.Reason.ToString().ToLowerInvariant();
        Log.ReplyGivenUp(_logger, giveUp.Label, reason, giveUp.Age.TotalSeconds);
        _metrics.ReplyGivenUp(reason);
    }

    /// <summary>Where a reply goes: its lane in the queue, what the logs call it (never a token), and until when it may be posted.</summary>
    internal sealed record Target(string Key, string Label, DateTimeOffset? Deadline);
}
