using Microsoft.Extensions.Logging;

namespace TalksBot.Core.Chat;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Handled a {Surface} message: {Command} → {Outcome}")]
    public static partial void Routed(ILogger logger, string surface, string command, ReplyKind outcome);
}
