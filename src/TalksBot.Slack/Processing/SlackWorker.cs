using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Diagnostics;

namespace TalksBot.Slack.Processing;

/// <summary>Answers queued deliveries in the background, a few at a time. At shutdown the queue closes
/// (a later delivery is refused unacknowledged, so Slack retries it on another instance or after the
/// restart) and everything already acknowledged is still answered, until the host's shutdown deadline
/// cancels what is left.</summary>
internal sealed class SlackWorker(SlackWorkQueue queue, SlackResponder responder, ILogger<SlackWorker> logger) : BackgroundService
{
    public const int MaxConcurrency = 4;

    private readonly CancellationTokenSource _deadline = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = _deadline.Token };
        try
        {
            // Ends when the queue is closed and drained, not when stopping begins.
            await Parallel.ForEachAsync(queue.ReadAllAsync(_deadline.Token), options, HandleAsync);
        }
        catch (OperationCanceledException) when (_deadline.IsCancellationRequested)
        {
        }
    }

    private async ValueTask HandleAsync(SlackWork work, CancellationToken cancellationToken)
    {
        using var scope = QuestionScope.Begin(logger, "slack", work switch
        {
            EventWork events => events.EventId,
            AssistantThreadWork thread => thread.EventId,
            CommandWork command => command.Command.TriggerId,
            _ => null,
        });
        await responder.HandleAsync(work, cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        Log.WorkDraining(logger, queue.Close());
        await using (cancellationToken.Register(_deadline.Cancel))
        {
            await base.StopAsync(cancellationToken);
        }

        if (ExecuteTask is { IsCompleted: false })
        {
            Log.WorkCancelled(logger);
        }
    }

    public override void Dispose()
    {
        _deadline.Dispose();
        base.Dispose();
    }
}
