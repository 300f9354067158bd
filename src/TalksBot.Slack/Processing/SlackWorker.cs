using Microsoft.Extensions.Hosting;

namespace TalksBot.Slack.Processing;

/// <summary>Answers queued deliveries in the background, a few at a time.</summary>
internal sealed class SlackWorker(SlackWorkQueue queue, SlackResponder responder) : BackgroundService
{
    public const int MaxConcurrency = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = stoppingToken };
        try
        {
            await Parallel.ForEachAsync(queue.ReadAllAsync(stoppingToken), options, responder.HandleAsync);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
