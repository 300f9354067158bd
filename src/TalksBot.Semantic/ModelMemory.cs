using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using SentenceTransformers;

namespace TalksBot.Semantic;

/// <summary>Gives back to the operating system what loading the packaged model leaves resident but
/// never uses again (measured in README, "Speed and memory"): the package copies the ~87 MB ONNX file
/// out of its assembly into a managed array, which an idle bot's heap never grows enough to collect;
/// that copy faults in every page of the assembly's mapping; and ONNX Runtime frees its parse buffers
/// and each run's activations to the C heap, which keeps freed memory unless asked to trim.</summary>
internal static partial class ModelMemory
{
    private const int DontNeed = 4; // MADV_DONTNEED: clean file pages are dropped and re-read if touched

    /// <summary>Once, right after the inference session is built from <paramref name="resource"/> of
    /// <paramref name="assembly"/>.</summary>
    public static void ReleaseLoadLeftovers(Assembly assembly, string resource)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux())
        {
            DropMappedPages(assembly, resource);
            TrimNativeHeap();
        }
    }

    /// <summary>Returns the C heap's free memory to the system (glibc); elsewhere does nothing.</summary>
    public static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): its heap stays as it is.
        }
    }

    private static unsafe void DropMappedPages(Assembly assembly, string resource)
    {
        using var stream = ResourceLoader.OpenResource(assembly, resource);
        if (stream is not UnmanagedMemoryStream mapped)
        {
            return;
        }

        var page = (nuint)Environment.SystemPageSize;
        var start = (nuint)mapped.PositionPointer;
        var from = (start + page - 1) / page * page;
        var to = (start + (nuint)mapped.Length) / page * page;
        if (to > from)
        {
            try
            {
                _ = MAdvise(from, to - from, DontNeed);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // The pages stay resident; the kernel may still reclaim them under pressure.
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int MAdvise(nuint address, nuint length, int advice);
}
