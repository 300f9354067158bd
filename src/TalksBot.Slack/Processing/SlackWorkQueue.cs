using System.Threading.Channels;

namespace TalksBot.Slack.Processing;

/// <summary>The hand-off between the transports (which must acknowledge within 3 s) and the worker.
/// Bounded: when full, or closed for shutdown, a delivery is refused rather than acknowledged, so that Slack retries it.</summary>
internal sealed class SlackWorkQueue
{
    public const int Capacity = 1000;

    private readonly Channel<SlackWork> _channel = Channel.CreateBounded<SlackWork>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    public bool TryEnqueue(SlackWork work) => _channel.Writer.TryWrite(work);

    /// <summary>Refuses every later delivery; what is queued can still be read. Returns how much is queued.</summary>
    public int Close()
    {
        _channel.Writer.TryComplete();
        return _channel.Reader.Count;
    }

    public IAsyncEnumerable<SlackWork> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
