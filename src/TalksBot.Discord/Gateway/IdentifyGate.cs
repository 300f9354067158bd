using Microsoft.Extensions.Logging;
using TalksBot.Core.Coordination;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

/// <summary>Guards the session start limit for every shard. Identifies are bucketed by
/// <c>shard_id % max_concurrency</c>, and each bucket identifies at most once per 5 s. The budget (<c>total</c> a
/// day, 1000 for most bots; exceeding it resets the bot token) is <c>remaining</c> less what was spent since;
/// when none is left, every shard waits for <c>reset_after</c>. <see cref="IStartPacing"/> keeps both: across
/// processes through Redis when it is configured, in this process otherwise.</summary>
internal sealed class IdentifyGate(IStartPacing pacing, TimeProvider time, ILogger<IdentifyGate> logger)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    /// <summary>Discord's budget window is a day.</summary>
    private static readonly TimeSpan BudgetWindow = TimeSpan.FromDays(1);

    /// <summary>Waits until <paramref name="shardId"/> may identify under <paramref name="limit"/> (fresh from
    /// <c>GET /gateway/bot</c>), then counts the identify as spent.</summary>
    public async Task WaitAsync(int shardId, SessionStartLimit limit, CancellationToken cancellationToken)
    {
        var bucket = shardId % Math.Max(1, limit.MaxConcurrency);
        var resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
        while (true)
        {
            var decision = await pacing.TryStartAsync(new StartRequest(bucket, Spacing, BudgetNow(limit, resetAt)), cancellationToken);
            if (decision.Started)
            {
                Log.IdentifyAllowed(logger, shardId, bucket, decision.Remaining);
                return;
            }

            if (decision.BudgetSpent)
            {
                Log.IdentifyBudgetSpent(logger, shardId, decision.Wait.TotalMilliseconds);
            }

            await Task.Delay(decision.Wait > TimeSpan.Zero ? decision.Wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }

    /// <summary>The budget Discord reported, as of now: once its <c>reset_after</c> has passed, the next
    /// window's full <c>total</c>.</summary>
    private StartBudget BudgetNow(SessionStartLimit limit, DateTimeOffset resetAt)
    {
        var now = time.GetUtcNow();
        return now < resetAt
            ? new StartBudget(limit.Total, limit.Remaining, resetAt - now)
            : new StartBudget(limit.Total, limit.Total, resetAt + BudgetWindow - now);
    }
}
