using Microsoft.Extensions.Time.Testing;

namespace TalksBot.Slack.Tests.Support;

/// <summary>Waits (in real time, polling) for something the bot does asynchronously. Protocol time is
/// never waited for: tests advance the <see cref="FakeTimeProvider"/> instead.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Lets the bot's background work run for a moment, to show that something does NOT happen.</summary>
    public static Task SettleAsync() => Task.Delay(300);

    /// <summary>Advances fake time in small steps until <paramref name="condition"/> holds.</summary>
    public static async Task TrueWhileAdvancingAsync(FakeTimeProvider time, TimeSpan step, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            time.Advance(step);
            await Task.Delay(20);
        }
    }
}
