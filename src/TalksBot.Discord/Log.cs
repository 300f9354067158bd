using Microsoft.Extensions.Logging;

namespace TalksBot.Discord;

/// <summary>Discord's log messages, EventIds 3000–3999. No message carries a token or a path with one.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Critical, "Discord stopped the bot: {Cause}")]
    public static partial void FatalStop(ILogger logger, string cause);

    [LoggerMessage(3001, LogLevel.Error, "Discord background work '{What}' failed")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception error, string what);

    [LoggerMessage(3053, LogLevel.Information, "Discord shutting down: finishing {Count} piece(s) of work in flight")]
    public static partial void BackgroundWorkDraining(ILogger logger, int count);

    [LoggerMessage(3054, LogLevel.Warning, "Discord shutdown deadline reached: cancelling {Count} piece(s) of work still running")]
    public static partial void BackgroundWorkCancelled(ILogger logger, int count);

    [LoggerMessage(3022, LogLevel.Information, "Discord gateway shard {ShardId}: session {SessionId} saved for the next start to resume (sequence {Sequence})")]
    public static partial void GatewaySessionSaved(ILogger logger, int shardId, string sessionId, int? sequence);

    [LoggerMessage(3023, LogLevel.Information, "Discord gateway shard {ShardId}: resuming session {SessionId} saved at the last shutdown (sequence {Sequence})")]
    public static partial void GatewaySessionRestored(ILogger logger, int shardId, string sessionId, int? sequence);

    [LoggerMessage(3024, LogLevel.Warning, "Discord gateway session file {Path} could not be used: {Problem}")]
    public static partial void GatewaySessionFileFailed(ILogger logger, string path, string problem);

    [LoggerMessage(3052, LogLevel.Warning, "Discord dropped {What}: {Running} already running and {Queued} waiting")]
    public static partial void BackgroundWorkDropped(ILogger logger, string what, int running, int queued);

    [LoggerMessage(3010, LogLevel.Information, "Discord gateway shard {ShardId} connecting (resume: {Resuming})")]
    public static partial void GatewayConnecting(ILogger logger, int shardId, bool resuming);

    [LoggerMessage(3011, LogLevel.Information, "Discord gateway ready as user {UserId} (shard {ShardId}/{ShardCount})")]
    public static partial void GatewayReady(ILogger logger, string userId, int shardId, int shardCount);

    [LoggerMessage(3012, LogLevel.Information, "Discord gateway shard {ShardId}: session resumed")]
    public static partial void GatewayResumed(ILogger logger, int shardId);

    [LoggerMessage(3013, LogLevel.Information, "Discord gateway shard {ShardId}: asked to reconnect (op 7)")]
    public static partial void GatewayReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(3014, LogLevel.Information, "Discord gateway shard {ShardId}: session invalidated (op 9, resumable: {Resumable})")]
    public static partial void GatewayInvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(3015, LogLevel.Warning, "Discord gateway shard {ShardId}: closed with code {Code} ({Action})")]
    public static partial void GatewayClosed(ILogger logger, int shardId, int? code, string action);

    [LoggerMessage(3016, LogLevel.Warning, "Discord gateway shard {ShardId}: missed a heartbeat ACK; the connection is a zombie, reconnecting to resume")]
    public static partial void GatewayZombie(ILogger logger, int shardId);

    [LoggerMessage(3017, LogLevel.Warning, "Discord gateway shard {ShardId}: connection failed; reconnecting")]
    public static partial void GatewayConnectionFailed(ILogger logger, Exception error, int shardId);

    [LoggerMessage(3018, LogLevel.Information, "Discord gateway shard {ShardId}: reconnecting in {DelayMs:0} ms")]
    public static partial void GatewayBackoff(ILogger logger, int shardId, double delayMs);

    [LoggerMessage(3019, LogLevel.Warning, "Discord session start limit spent (GET /gateway/bot remaining 0); shard {ShardId} waits {DelayMs:0} ms for reset_after before identifying")]
    public static partial void IdentifyBudgetSpent(ILogger logger, int shardId, double delayMs);

    [LoggerMessage(3025, LogLevel.Information, "Discord gateway shard {ShardId} identifying (identify bucket {Bucket}; {Remaining} identifies left today)")]
    public static partial void IdentifyAllowed(ILogger logger, int shardId, int bucket, int remaining);

    [LoggerMessage(3026, LogLevel.Information, "Discord gateway running shards {ShardIds} of {ShardCount}")]
    public static partial void GatewayShards(ILogger logger, string shardIds, int shardCount);

    [LoggerMessage(3027, LogLevel.Information, "Discord:ShardCount is auto: GET /gateway/bot recommends {ShardCount} shard(s)")]
    public static partial void GatewayShardCountDiscovered(ILogger logger, int shardCount);

    [LoggerMessage(3028, LogLevel.Warning, "Discord:ShardCount is auto, and GET /gateway/bot failed; no shard starts before it answers")]
    public static partial void GatewayShardCountFailed(ILogger logger, Exception error);

    [LoggerMessage(3020, LogLevel.Debug, "Discord gateway shard {ShardId} received op {Op} {EventName}")]
    public static partial void GatewayReceived(ILogger logger, int shardId, int op, string? eventName);

    [LoggerMessage(3021, LogLevel.Warning, "Discord gateway dispatch {EventName} could not be read")]
    public static partial void DispatchUnreadable(ILogger logger, Exception error, string eventName);

    [LoggerMessage(3030, LogLevel.Warning, "Discord {Route} rate limited; retrying after {RetryAfterSeconds:0.###} s (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool global);

    [LoggerMessage(3031, LogLevel.Warning, "Discord {Route} failed ({Reason}); retry {Attempt} in {DelayMs:0} ms")]
    public static partial void RetryingTransient(ILogger logger, string route, string reason, double delayMs, int attempt);

    [LoggerMessage(3040, LogLevel.Warning, "Discord rejected an interaction request: {Reason}")]
    public static partial void InteractionRejected(ILogger logger, string reason);

    [LoggerMessage(3041, LogLevel.Information, "Discord {Surface} {Command} answered ({Kind}) in {ElapsedMs:0} ms, deferred: {Deferred}")]
    public static partial void InteractionAnswered(ILogger logger, string surface, string command, string kind, double elapsedMs, bool deferred);

    [LoggerMessage(3042, LogLevel.Error, "Discord interaction {Command} could not be answered")]
    public static partial void InteractionFailed(ILogger logger, Exception error, string command);

    [LoggerMessage(3043, LogLevel.Error, "Discord router failed for {Surface}")]
    public static partial void RouterFailed(ILogger logger, Exception error, string surface);

    [LoggerMessage(3050, LogLevel.Information, "Discord message in channel {ChannelId} answered ({Kind}) in {ElapsedMs:0} ms")]
    public static partial void MessageAnswered(ILogger logger, string channelId, string kind, double elapsedMs);

    [LoggerMessage(3051, LogLevel.Warning, "Discord reply to channel {ChannelId} could not be sent")]
    public static partial void MessageReplyFailed(ILogger logger, Exception error, string channelId);

    [LoggerMessage(3060, LogLevel.Information, "Discord registered {Count} commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(3061, LogLevel.Error, "Discord command registration failed; slash commands may be stale")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception error);

    [LoggerMessage(3070, LogLevel.Debug, "Discord {What} skipped: already claimed (a replay after a resume, or another instance)")]
    public static partial void DeliveryDuplicate(ILogger logger, string what);

    [LoggerMessage(3071, LogLevel.Information, "Discord reply to {Target} kept for a later post ({Reason}); {Kept} kept")]
    public static partial void ReplyKept(ILogger logger, string target, string reason, int kept);

    [LoggerMessage(3072, LogLevel.Warning, "Discord reply to {Target} given up ({Reason}) after {AgeSeconds:0} s kept")]
    public static partial void ReplyGivenUp(ILogger logger, string target, string reason, double ageSeconds);

    [LoggerMessage(3074, LogLevel.Warning, "Discord follow-up to {Target} got no answer; not retried, since Discord may have posted it and a follow-up takes no nonce")]
    public static partial void FollowUpUnconfirmed(ILogger logger, string target);

    [LoggerMessage(3073, LogLevel.Warning, "Discord stopping: {Lost} kept replies lost, {Posted} posted in the last try")]
    public static partial void KeptRepliesLost(ILogger logger, int lost, int posted);
}
