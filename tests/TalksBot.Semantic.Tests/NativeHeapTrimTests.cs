using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace TalksBot.Semantic.Tests;

/// <summary>The native heap is trimmed once a minute on the host's clock, and a trim gives freed C-heap memory
/// back to the system (Linux, glibc).</summary>
public sealed class NativeHeapTrimTests
{
    [Fact]
    public async Task TrimsOnceAMinute_OnTheHostsClock_UntilStopped()
    {
        var time = new FakeTimeProvider();
        var trims = 0;
        using var service = new NativeHeapTrim(time, NullLogger<NativeHeapTrim>.Instance, () => Interlocked.Increment(ref trims));
        await service.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(50);
        Assert.Equal(0, Volatile.Read(ref trims));
        for (var minute = 1; minute <= 3; minute++)
        {
            time.Advance(minute == 1 ? TimeSpan.FromSeconds(1) : NativeHeapTrim.Interval);
            await WaitUntilAsync(() => Volatile.Read(ref trims) == minute);
        }

        await service.StopAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(50);
        Assert.Equal(3, Volatile.Read(ref trims));
    }

    [Fact]
    public void Trim_GivesFreedCHeapMemoryBackToTheSystem()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // 64 MB in 1 KB blocks, all freed but the last, which keeps the heap's top in place: glibc keeps the rest.
        var blocks = new nint[64 * 1024];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(1024);
            Marshal.WriteByte(blocks[i], 512, 1);
        }

        for (var i = 0; i < blocks.Length - 1; i++)
        {
            Marshal.FreeHGlobal(blocks[i]);
        }

        var before = ResidentAnonymousKilobytes();
        ModelMemory.TrimNativeHeap();
        var after = ResidentAnonymousKilobytes();
        Marshal.FreeHGlobal(blocks[^1]);

        Assert.True(before - after > 32 * 1024, $"RssAnon went from {before} kB to {after} kB");
    }

    private static long ResidentAnonymousKilobytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
