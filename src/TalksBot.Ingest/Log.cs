using Microsoft.Extensions.Logging;

namespace TalksBot.Ingest;

internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Ingested {File} as {ArticleId}: {Statements} statements, {Actors} actors, written to {Path}")]
    public static partial void ArticleWritten(ILogger logger, string file, string articleId, int statements, int actors, string path);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Refused to ingest {File}: {Reason}")]
    public static partial void IngestRefused(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Ingest skipped an unreadable corpus file: {Reason}")]
    public static partial void CorpusFileSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Dry run of {File} as {ArticleId}: {Statements} statements, {Actors} actors, nothing written")]
    public static partial void DryRun(ILogger logger, string file, string articleId, int statements, int actors);
}
