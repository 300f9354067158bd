using Microsoft.Extensions.Time.Testing;

namespace TalksBot.Delivery.Tests.Support;

public static class FakeClock
{
    /// <summary>Moves the fake clock forward a step at a time, letting the code under test run between steps
    /// (a few real milliseconds), until <paramref name="done"/> holds.</summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> done, TimeSpan step, int maxSteps = 2000)
    {
        for (var i = 0; i < maxSteps && !done(); i++)
        {
            await Task.Delay(2);
            if (!done())
            {
                time.Advance(step);
            }
        }

        Assert.True(done(), $"not done after {maxSteps} steps of {step}");
    }
}
