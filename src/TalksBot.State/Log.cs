using Microsoft.Extensions.Logging;

namespace TalksBot.State;

/// <summary>Shared state's log messages (EventIds 7000–7099). The Redis configuration (it may hold a password) never appears.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Warning, "Redis is unreachable: deduplicating deliveries, counting rate limits, pacing session starts and keeping conversations, \"More quotes\" pages and rated answers in this instance's memory, and votes in its local feedback file, until it is back (a retry reaching another instance meanwhile may be answered twice, a follow-up there may lose its thread; counted in talksbot_state_fallbacks_total)")]
    public static partial void RedisUnreachable(ILogger logger);

    [LoggerMessage(7001, LogLevel.Information, "Redis is reachable again: deliveries, rate limits, conversations, pages and votes are shared across instances again")]
    public static partial void RedisBack(ILogger logger);

    [LoggerMessage(7002, LogLevel.Debug, "Redis failed or timed out on too many calls: shared state goes straight to memory for {BreakMs:0} ms, then one call tries Redis again")]
    public static partial void RedisBreak(ILogger logger, double breakMs);
}
