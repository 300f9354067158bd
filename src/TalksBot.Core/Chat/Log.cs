using Microsoft.Extensions.Logging;

namespace TalksBot.Core.Chat;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Handled a {Surface} message: {Command} → {Outcome}")]
    public static partial void Routed(ILogger logger, string surface, string command, ReplyKind outcome);

    /// <summary>Debug only: the words of a conversation never reach Information.</summary>
    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Read a {Surface} follow-up in its conversation as: {Question}")]
    public static partial void FollowUpResolved(ILogger logger, string surface, string question);
}
