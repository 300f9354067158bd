using Microsoft.Extensions.Logging;

namespace TalksBot.Core.Semantic;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Semantic retrieval is off, answers are lexical only: {Kind}: {Reason}")]
    public static partial void SemanticUnavailable(ILogger logger, string kind, string reason);
}
