using Microsoft.Extensions.Logging;

namespace TalksBot.Core.Diagnostics;

/// <summary>The log scope of one question: every line logged while it is handled (by the adapter, the router,
/// the engine and the delivery of the reply) carries <c>CorrelationId</c> and <c>Surface</c>. The id is the
/// platform's id of the delivery when it has one (Slack's event_id, Discord's interaction or message id), so
/// the lines of a retry, on any instance, share it; otherwise a new one.</summary>
public static class QuestionScope
{
    private static readonly Func<ILogger, string, string, IDisposable?> Scope =
        LoggerMessage.DefineScope<string, string>("{Surface} question {CorrelationId}");

    public static IDisposable? Begin(ILogger logger, string surface, string? deliveryId) =>
        Scope(logger, surface, deliveryId is { Length: > 0 } ? deliveryId : Guid.NewGuid().ToString("N"));
}
