using Microsoft.Extensions.Logging;

namespace TalksBot.Semantic;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Statement vectors ready: {Count} statements, {Computed} newly embedded")]
    public static partial void Embedded(ILogger logger, int count, int computed);

    [LoggerMessage(2, LogLevel.Warning, "Could not write the vector cache {Path}: {Reason}")]
    public static partial void CacheNotWritten(ILogger logger, string path, string reason);

    [LoggerMessage(3, LogLevel.Warning, "The sentence model did not load, answers are lexical only: {Kind}: {Reason}")]
    public static partial void ModelNotLoaded(ILogger logger, string kind, string reason);

    [LoggerMessage(5, LogLevel.Warning, "The sentence model failed to load, trying once more: {Kind}: {Reason}")]
    public static partial void ModelLoadRetried(ILogger logger, string kind, string reason);

    [LoggerMessage(4, LogLevel.Debug, "Native heap trimmed in {ElapsedMs:0.0} ms")]
    public static partial void NativeHeapTrimmed(ILogger logger, double elapsedMs);
}
