using Microsoft.Extensions.Time.Testing;

namespace TalksBot.Discord.Tests.Support;

public static class FakeTimeExtensions
{
    /// <summary>Moves the fake clock in steps until <paramref name="task"/> completes. Between steps it
    /// yields briefly for socket I/O; every protocol timer still runs on the fake clock.</summary>
    public static async Task<T> AdvanceUntilAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, int maxSteps = 300)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            time.Advance(step);
            await Task.WhenAny(task, Task.Delay(15));
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> condition, TimeSpan step, int maxSteps = 300)
    {
        for (var i = 0; i < maxSteps && !condition(); i++)
        {
            time.Advance(step);
            await Task.Delay(15);
        }

        Assert.True(condition(), "The condition did not become true while the fake clock advanced.");
    }
}
