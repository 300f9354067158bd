namespace TalksBot.State.Limits;

/// <summary>The sliding-window counter both stores use (memory and Redis), so a question is judged the same
/// wherever it is counted: time is cut into fixed windows, and the questions of the window before count in
/// proportion to how much of it still overlaps the last <c>window</c>. System.Threading.RateLimiting's
/// limiters read the Stopwatch (not a <see cref="TimeProvider"/>) and live in one process, so they fit neither.</summary>
internal static class SlidingWindow
{
    /// <summary>The number of the fixed window <paramref name="now"/> falls in.</summary>
    public static long Index(DateTimeOffset now, TimeSpan window) => now.UtcTicks / window.Ticks;

    /// <summary>How much of the previous window still counts (1 at the start of a window, 0 at its end).</summary>
    public static double PreviousWeight(DateTimeOffset now, TimeSpan window) => 1 - (double)(now.UtcTicks % window.Ticks) / window.Ticks;

    public static bool Admits(int limit, long current, long previous, double previousWeight) =>
        current + (previous * previousWeight) + 1 <= limit;

    /// <summary>How long until one more question fits, given the counts that refused it.</summary>
    public static TimeSpan RetryAfter(int limit, long current, long previous, DateTimeOffset now, TimeSpan window)
    {
        var elapsed = now.UtcTicks % window.Ticks;
        var room = limit - 1 - current;
        if (room < 0)
        {
            // This window alone is full: wait for the next, where this window's count fades as it goes.
            var fade = current == 0 ? 0 : window.Ticks * (1 - ((double)(limit - 1) / current));
            return TimeSpan.FromTicks(window.Ticks - elapsed + (long)Math.Ceiling(fade));
        }

        // The previous window's share must fade to the room left.
        var needed = previous == 0 ? 0 : window.Ticks * (1 - ((double)room / previous));
        return TimeSpan.FromTicks(Math.Max(0, (long)Math.Ceiling(needed) - elapsed));
    }
}
