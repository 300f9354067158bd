namespace TalksBot.Discord.Gateway;

/// <summary>The heartbeat of one connection: the first beat after interval × jitter, then one per
/// interval. If no ACK came since the previous beat when the next is due, the connection is a zombie
/// and <see cref="RunAsync"/> returns so the caller can drop it and resume.</summary>
internal sealed class Heartbeat(TimeProvider time, Func<double> jitter)
{
    private volatile bool _acknowledged = true;

    public void Acknowledge() => _acknowledged = true;

    public async Task RunAsync(TimeSpan interval, Func<CancellationToken, Task> beat, CancellationToken cancellationToken)
    {
        await Task.Delay(interval * jitter(), time, cancellationToken);
        while (true)
        {
            if (!_acknowledged)
            {
                return;
            }

            _acknowledged = false;
            await beat(cancellationToken);
            await Task.Delay(interval, time, cancellationToken);
        }
    }
}
