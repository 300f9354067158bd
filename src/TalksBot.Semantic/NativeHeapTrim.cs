using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalksBot.Semantic;

/// <summary>Gives the C heap's free memory back to the system once every <see cref="Interval"/> while the bot
/// runs. glibc keeps up to 8 arenas per core, one per thread that allocated while another held an arena, and
/// keeps what is freed in each: ONNX Runtime's work for each question and the runtime's and sockets' native
/// buffers, freed on whichever thread-pool thread ran them, leave every arena at its own high-water mark, so
/// resident memory creeps up for as long as new threads take turns (measured in README, "Load and faults",
/// soak). One <c>malloc_trim</c> a minute returns it at a cost of milliseconds.</summary>
internal sealed class NativeHeapTrim(TimeProvider time, ILogger<NativeHeapTrim> logger, Action? trim = null) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Action _trim = trim ?? ModelMemory.TrimNativeHeap;

    // Counted from construction, not from when the host gets round to running ExecuteAsync.
    private readonly PeriodicTimer _timer = new(Interval, time);

    public override void Dispose()
    {
        _timer.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                var started = time.GetTimestamp();
                _trim();
                Log.NativeHeapTrimmed(logger, time.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
