using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Core.Loading;
using TalksBot.Hosting.Operations;

namespace TalksBot.Hosting;

/// <summary>Swaps in changed data without a restart: a file-system watch on the data directory
/// triggers a reload shortly after the last change (so a file written in several steps is read
/// whole), and a slow poll catches changes the watch missed (network drives, some editors).</summary>
internal sealed class DataWatcher(KnowledgeReloader reloader, IOptions<KnowledgeOptions> options, BotMetrics metrics, TimeProvider time, ILogger<DataWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(reloader.DataDirectory) { IncludeSubdirectories = true };
        watcher.Changed += (_, _) => changes.Writer.TryWrite(true);
        watcher.Created += (_, _) => changes.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => changes.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var changed = await NextChangeOrPollAsync(changes.Reader, stoppingToken);
                var applied = reloader.ReloadIfChanged();
                if (applied || changed)
                {
                    // A quiet poll is not a reload attempt worth counting.
                    metrics.Reloaded(applied);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The directory itself went away or became unreadable: keep serving, try at the next poll.
                Log.WatchFailed(logger, e.Message);
            }
        }
    }

    /// <returns>True after a change event, false when the poll interval passed without one.</returns>
    private async Task<bool> NextChangeOrPollAsync(ChannelReader<bool> changes, CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(options.Value.PollInterval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
        try
        {
            await changes.ReadAsync(either.Token);
            await Task.Delay(Settle, time, stoppingToken);
            while (changes.TryRead(out _))
            {
            }

            return true;
        }
        catch (OperationCanceledException) when (poll.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed without a change event: check anyway.
            return false;
        }
    }
}
