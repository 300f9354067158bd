using Microsoft.Extensions.Logging;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

/// <summary>Guards the identify budget (1000 a day; spending it resets the bot token): waits for the
/// reset when none are left and keeps identifies at least 5 s apart (max_concurrency is per 5 s).</summary>
internal sealed class IdentifyGate(TimeProvider time, ILogger<IdentifyGate> logger)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    private DateTimeOffset? _last;

    public async Task WaitAsync(SessionStartLimit limit, CancellationToken cancellationToken)
    {
        if (limit.Remaining <= 0)
        {
            var reset = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            Log.IdentifyBudgetSpent(logger, reset.TotalMilliseconds);
            await Task.Delay(reset, time, cancellationToken);
        }

        if (_last is { } last && last + Spacing - time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        _last = time.GetUtcNow();
    }
}
