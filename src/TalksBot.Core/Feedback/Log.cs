using Microsoft.Extensions.Logging;

namespace TalksBot.Core.Feedback;

internal static partial class Log
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Feedback file {Path}: line {Line} is not a vote and was skipped")]
    public static partial void FeedbackLineSkipped(ILogger logger, string path, int line);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Recorded a {Platform} vote: {Vote}{Change}")]
    public static partial void VoteRecorded(ILogger logger, string platform, string vote, string change);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "A {Platform} feedback click carried no usable rating")]
    public static partial void BadRatingToken(ILogger logger, string platform);
}
