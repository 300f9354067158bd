using System.Diagnostics.Metrics;
using TalksBot.Discord.Gateway;

namespace TalksBot.Discord.Hosting;

/// <summary>Discord's instruments, on the meter <see cref="DiscordServiceCollectionExtensions.MeterName"/>.
/// The gateway's carry the tag <c>shard</c>.</summary>
internal sealed class DiscordMetrics
{
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Counter<long> _identifies;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Counter<long> _repliesGivenUp;

    public DiscordMetrics(IMeterFactory meters, GatewayStatus status)
    {
        var meter = meters.Create(DiscordServiceCollectionExtensions.MeterName);
        _reconnects = meter.CreateCounter<long>("talksbot.discord.gateway.reconnects", "{connection}", "Gateway connections opened again after one ended.");
        _resumes = meter.CreateCounter<long>("talksbot.discord.gateway.resumes", "{session}", "Gateway sessions resumed (RESUMED received).");
        _identifies = meter.CreateCounter<long>("talksbot.discord.gateway.identifies", "{session}", "Identifies sent: new gateway sessions started, each spending one of the day's session start limit.");
        meter.CreateObservableGauge(
            "talksbot.discord.gateway.connected",
            () => status.Shards.Select(shard => new Measurement<int>(shard.Value ? 1 : 0, Shard(shard.Key))),
            "{shard}",
            "1 while the shard's gateway session is live (after READY or RESUMED), else 0.");
        _rateLimitWaits = meter.CreateCounter<long>("talksbot.discord.rate_limit.waits", "{wait}", "REST calls that waited for a rate limit: a 429's retry_after, or a bucket known to be empty.");
        _repliesGivenUp = meter.CreateCounter<long>("talksbot.discord.replies.given_up", "{reply}", "Replies (message replies, and interaction edits and follow-ups) kept for a later post and finally given up: queue full, too old or past the interaction token's 15 minutes, refused, lost at shutdown, or a follow-up with no answer (unconfirmed).");
    }

    public void Reconnecting(int shardId) => _reconnects.Add(1, Shard(shardId));

    public void Resumed(int shardId) => _resumes.Add(1, Shard(shardId));

    public void Identified(int shardId) => _identifies.Add(1, Shard(shardId));

    /// <param name="reason"><c>retry_after</c> (Discord answered 429) or <c>bucket</c> (waited before sending).</param>
    public void RateLimitWait(string reason) => _rateLimitWaits.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <param name="reason"><c>overflow</c>, <c>expired</c>, <c>refused</c>, <c>shutdown</c> or <c>unconfirmed</c>.</param>
    public void ReplyGivenUp(string reason) => _repliesGivenUp.Add(1, new KeyValuePair<string, object?>("reason", reason));

    private static KeyValuePair<string, object?> Shard(int shardId) => new("shard", shardId);
}
