using Microsoft.Extensions.Logging;

namespace TalksBot.State;

/// <summary>Shared state's log messages (EventIds 7000–7099). The Redis configuration (it may hold a password) never appears.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Warning, "Redis is unreachable: deduplicating deliveries and counting rate limits in this instance's memory until it is back (a retry reaching another instance meanwhile may be answered twice; counted in talksbot_state_fallbacks_total)")]
    public static partial void RedisUnreachable(ILogger logger);

    [LoggerMessage(7001, LogLevel.Information, "Redis is reachable again: deliveries are deduplicated and rate limits counted across instances again")]
    public static partial void RedisBack(ILogger logger);
}
