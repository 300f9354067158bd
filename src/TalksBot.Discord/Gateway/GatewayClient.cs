using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Hosting;
using TalksBot.Delivery.Resilience;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Gateway;

/// <summary>Runs this process's shards, each its own gateway connection (<see cref="ShardRunner"/>): takes the
/// shard count from <c>Discord:ShardCount</c> (or, with "auto", from <c>GET /gateway/bot</c>) and the shards from
/// <c>Discord:ShardIds</c>, and stops the host when they do not fit together.</summary>
internal sealed class GatewayClient(
    IOptions<DiscordOptions> options,
    DiscordApi api,
    ShardRunner runner,
    GatewayStatus status,
    FatalShutdown fatal,
    TimeProvider time,
    ILogger<GatewayClient> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Gateway)
        {
            return;
        }

        int count;
        try
        {
            count = await ShardCountAsync(settings, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (DiscordRestException error) when (error.IsUnauthorized)
        {
            // The REST client has already stopped the host with the cause.
            return;
        }

        var shards = ShardPlan.Select(settings, count, out var problem);
        if (problem is not null)
        {
            fatal.Stop(problem);
            return;
        }

        status.Expect(shards);
        Log.GatewayShards(logger, string.Join(",", shards), count);
        await Task.WhenAll(shards.Select(id => runner.RunAsync(new GatewayShard(id, count), stoppingToken)));
    }

    /// <summary>The fixed count, or the one Discord recommends. Failures other than a rejected token are retried,
    /// since no shard can start without the count.</summary>
    private async Task<int> ShardCountAsync(DiscordOptions settings, CancellationToken stoppingToken)
    {
        if (ShardPlan.TryParseCount(settings.ShardCount, out var fixedCount))
        {
            return fixedCount;
        }

        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                var recommended = Math.Max(1, (await api.GetGatewayBotAsync(stoppingToken)).Shards);
                Log.GatewayShardCountDiscovered(logger, recommended);
                return recommended;
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested && GatewayFaults.IsTransient(error))
            {
                Log.GatewayShardCountFailed(logger, error);
            }

            await Task.Delay(backoff.Next(), time, stoppingToken);
        }
    }
}
