using Microsoft.Extensions.Logging;

namespace TalksBot.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Watching the data directory failed, will retry: {Problem}")]
    public static partial void WatchFailed(ILogger logger, string problem);
}
