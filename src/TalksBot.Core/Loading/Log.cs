using Microsoft.Extensions.Logging;

namespace TalksBot.Core.Loading;

internal static partial class Log
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Data reloaded: {Articles} articles, {Statements} statements")]
    public static partial void Reloaded(ILogger logger, int articles, int statements);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Data change refused, still serving the previous data: {Problem}")]
    public static partial void Refused(ILogger logger, string problem);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Data files could not be read yet, will retry: {Problem}")]
    public static partial void Unreadable(ILogger logger, string problem);
}
