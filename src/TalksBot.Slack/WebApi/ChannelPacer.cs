namespace TalksBot.Slack.WebApi;

/// <summary>Spaces posts to one channel about a second apart, Slack's chat.postMessage pace
/// (notes/slack.md §5.2). Each caller reserves the channel's next free slot and waits for it.</summary>
internal sealed class ChannelPacer(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private const int PruneAbove = 1024;
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            if (_nextSlot.Count > PruneAbove)
            {
                foreach (var stale in _nextSlot.Where(p => p.Value <= now).Select(p => p.Key).ToList())
                {
                    _nextSlot.Remove(stale);
                }
            }

            slot = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextSlot[channel] = slot + Interval;
        }

        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }
}
