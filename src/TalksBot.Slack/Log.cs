using Microsoft.Extensions.Logging;

namespace TalksBot.Slack;

/// <summary>Slack's log messages (EventIds 4000–4999). Tokens, secrets and message text never appear here.</summary>
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Information, "Slack adapter starting: Socket Mode {SocketMode}, HTTP endpoints {Http}")]
    public static partial void Starting(ILogger logger, bool socketMode, bool http);

    [LoggerMessage(4001, LogLevel.Information, "Slack auth.test succeeded: bot user {BotUserId}, bot {BotId}")]
    public static partial void Authenticated(ILogger logger, string botUserId, string botId);

    [LoggerMessage(4002, LogLevel.Warning, "Slack {Method} failed: {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(4003, LogLevel.Warning, "Slack {Method} rate limited; retrying after {RetryAfterSeconds} s")]
    public static partial void RateLimited(ILogger logger, string method, double retryAfterSeconds);

    [LoggerMessage(4004, LogLevel.Error, "Slack {Method} still rate limited after the retry budget; giving up on this call")]
    public static partial void RateLimitBudgetExhausted(ILogger logger, string method);

    [LoggerMessage(4005, LogLevel.Warning, "Slack {Method} transient failure (attempt {Attempt}): {Reason}")]
    public static partial void TransientFailure(ILogger logger, string method, int attempt, string reason);

    [LoggerMessage(4006, LogLevel.Critical, "Slack rejected {Setting} ({Cause}); stopping. Check the token and reinstall the app if it was revoked.")]
    public static partial void FatalAuth(ILogger logger, string setting, string cause);

    [LoggerMessage(4007, LogLevel.Warning, "Slack auth.test could not complete; retrying in {DelaySeconds:0.0} s")]
    public static partial void AuthRetry(ILogger logger, double delaySeconds);

    [LoggerMessage(4010, LogLevel.Debug, "Socket Mode connecting (attempt {Attempt})")]
    public static partial void SocketConnecting(ILogger logger, int attempt);

    [LoggerMessage(4011, LogLevel.Information, "Socket Mode connection {ConnectionId} ready; Slack counts {NumConnections} open connections")]
    public static partial void SocketHello(ILogger logger, int connectionId, int numConnections);

    [LoggerMessage(4012, LogLevel.Information, "Socket Mode connection {ConnectionId}: Slack sent disconnect ({Reason})")]
    public static partial void SocketDisconnectRequested(ILogger logger, int connectionId, string reason);

    [LoggerMessage(4013, LogLevel.Warning, "Socket Mode connection {ConnectionId} lost: {Reason}")]
    public static partial void SocketLost(ILogger logger, int connectionId, string reason);

    [LoggerMessage(4022, LogLevel.Warning, "Socket Mode connection {ConnectionId}: Slack disabled Socket Mode for this app (link_disabled); no longer reconnecting. Turn Socket Mode back on in the app's settings and restart the bot.")]
    public static partial void SocketModeDisabled(ILogger logger, int connectionId);

    [LoggerMessage(4014, LogLevel.Information, "Socket Mode reconnecting in {DelaySeconds:0.0} s")]
    public static partial void SocketReconnectDelay(ILogger logger, double delaySeconds);

    [LoggerMessage(4015, LogLevel.Warning, "Socket Mode connection {ConnectionId}: {Reason}")]
    public static partial void SocketWatchdog(ILogger logger, int connectionId, string reason);

    [LoggerMessage(4016, LogLevel.Debug, "Socket Mode message of type {Type} ignored")]
    public static partial void SocketMessageIgnored(ILogger logger, string type);

    [LoggerMessage(4017, LogLevel.Warning, "Socket Mode envelope {EnvelopeId} not acknowledged (work queue full or shutting down); Slack will retry it")]
    public static partial void EnvelopeNotAcked(ILogger logger, string envelopeId);

    [LoggerMessage(4018, LogLevel.Debug, "Socket Mode connection {ConnectionId} closed")]
    public static partial void SocketClosed(ILogger logger, int connectionId);

    [LoggerMessage(4019, LogLevel.Debug, "Socket Mode connection {ConnectionId} open; waiting for hello")]
    public static partial void SocketOpened(ILogger logger, int connectionId);

    [LoggerMessage(4020, LogLevel.Information, "Slack request to {Path} refused: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, string reason);

    [LoggerMessage(4021, LogLevel.Information, "Slack url_verification answered")]
    public static partial void UrlVerified(ILogger logger);

    [LoggerMessage(4030, LogLevel.Debug, "Slack delivery of {EventId} skipped as a duplicate (retry {RetryAttempt})")]
    public static partial void Duplicate(ILogger logger, string eventId, int retryAttempt);

    [LoggerMessage(4031, LogLevel.Debug, "Slack event {EventId} ignored: {Reason}")]
    public static partial void EventIgnored(ILogger logger, string eventId, string reason);

    [LoggerMessage(4032, LogLevel.Warning, "Slack work queue full; a delivery was refused so that Slack retries it")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(4033, LogLevel.Warning, "Slack paused event delivery for this app (app_rate_limited, minute {Minute})")]
    public static partial void AppRateLimited(ILogger logger, long minute);

    [LoggerMessage(4045, LogLevel.Information, "Slack shutting down: new deliveries are refused (Slack retries them); answering the {Queued} queued and those in progress")]
    public static partial void WorkDraining(ILogger logger, int queued);

    [LoggerMessage(4046, LogLevel.Warning, "Slack shutdown deadline reached: answers still in progress were cancelled")]
    public static partial void WorkCancelled(ILogger logger);

    [LoggerMessage(4040, LogLevel.Information, "Slack {Surface} in {Channel} answered ({Kind}) in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string surface, string channel, string kind, long elapsedMs);

    [LoggerMessage(4041, LogLevel.Error, "Slack {Surface} in {Channel} could not be answered")]
    public static partial void AnswerFailed(ILogger logger, string surface, string channel, Exception exception);

    [LoggerMessage(4042, LogLevel.Warning, "Slack response_url used up (5 responses in 30 minutes); reply dropped")]
    public static partial void ResponseUrlExhausted(ILogger logger);

    [LoggerMessage(4043, LogLevel.Warning, "Slack response_url post failed with HTTP {Status}")]
    public static partial void ResponseUrlFailed(ILogger logger, int status);

    [LoggerMessage(4044, LogLevel.Debug, "Slack action {ActionId} is not one of ours; ignored")]
    public static partial void ActionIgnored(ILogger logger, string actionId);

    [LoggerMessage(4047, LogLevel.Information, "Slack answer in {Channel} kept for a later post ({Error}); {Kept} kept")]
    public static partial void AnswerKept(ILogger logger, string channel, string error, int kept);

    [LoggerMessage(4048, LogLevel.Warning, "Slack answer in {Channel} given up ({Reason}) after {AgeSeconds:0} s kept")]
    public static partial void AnswerGivenUp(ILogger logger, string channel, string reason, double ageSeconds);

    [LoggerMessage(4049, LogLevel.Warning, "Slack {Method} in {Channel} got no answer; not retried, since Slack may have posted it and has no idempotency key")]
    public static partial void AnswerUnconfirmed(ILogger logger, string method, string channel);

    [LoggerMessage(4050, LogLevel.Warning, "Slack stopping: {Lost} kept answers lost, {Posted} posted in the last try")]
    public static partial void KeptAnswersLost(ILogger logger, int lost, int posted);
}
